package io.manchette.audit;

import io.manchette.common.db.VersionedEntity;
import io.manchette.common.http.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The sequence of every audited write, in the caller's transaction: check the version the client
 * read ({@code If-Match}; a null {@code ifMatch} means the endpoint checks it only when sent), make
 * the change, flush so the new version is known (it goes back in the ETag), and record the audit
 * entry. The entry's target type is the action's prefix: {@code tag.update} audits a {@code tag}.
 */
@ApplicationScoped
public class Edits {

    private final AuditLog audit;
    private final EntityManager entityManager;

    Edits(AuditLog audit, EntityManager entityManager) {
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Stores a new entity with {@code persist}; its id and first version go in the audit entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends VersionedEntity> T create(
            String action, T entity, Consumer<T> persist, Function<T, String> detail) {
        persist.accept(entity);
        entityManager.flush();
        audit.record(action, targetType(action), entity.getId(), null, entity.getVersion(), detail.apply(entity));
        return entity;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends VersionedEntity> T create(String action, T entity, Consumer<T> persist) {
        return create(action, entity, persist, e -> null);
    }

    /** Changes the entity; the refusals {@code change} throws come after the version check. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends VersionedEntity> T change(
            String action, T entity, IfMatch ifMatch, Consumer<T> change, Function<T, String> detail) {
        return change(action, targetType(action), entity, ifMatch, change, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends VersionedEntity> T change(String action, T entity, IfMatch ifMatch, Consumer<T> change) {
        return change(action, targetType(action), entity, ifMatch, change, e -> null);
    }

    /** A change audited under an action named apart from its target ({@code comments.close} on an article). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends VersionedEntity> T change(
            String action, String targetType, T entity, IfMatch ifMatch, Consumer<T> change) {
        return change(action, targetType, entity, ifMatch, change, e -> null);
    }

    private <T extends VersionedEntity> T change(
            String action,
            String targetType,
            T entity,
            IfMatch ifMatch,
            Consumer<T> change,
            Function<T, String> detail) {
        check(entity, ifMatch);
        long before = entity.getVersion();
        change.accept(entity);
        entityManager.flush();
        audit.record(action, targetType, entity.getId(), before, entity.getVersion(), detail.apply(entity));
        return entity;
    }

    /** Deletes the entity with {@code delete}, which may first refuse (a 409 while it is used). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends VersionedEntity> void delete(
            String action, T entity, IfMatch ifMatch, Consumer<T> delete, Function<T, String> detail) {
        check(entity, ifMatch);
        long version = entity.getVersion();
        String described = detail.apply(entity);
        delete.accept(entity);
        entityManager.flush();
        audit.record(action, targetType(action), entity.getId(), version, null, described);
    }

    private static void check(VersionedEntity entity, IfMatch ifMatch) {
        if (ifMatch != null) {
            ifMatch.check(entity.getVersion());
        }
    }

    private static String targetType(String action) {
        return action.substring(0, action.indexOf('.'));
    }
}
