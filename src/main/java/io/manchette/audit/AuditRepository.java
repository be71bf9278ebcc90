package io.manchette.audit;

import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Every query on the audit log. */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    /** Newest first, keyset on (at, id); each criterion narrows when given. */
    public List<AuditEntry> listNewestFirst(
            String actor,
            String action,
            String targetType,
            String targetId,
            Instant from,
            Instant to,
            PageRequest page) {
        var query = new StringBuilder("1 = 1");
        var params = new Parameters();
        if (actor != null) {
            query.append(" and actor = :actor");
            params.and("actor", actor);
        }
        if (action != null) {
            query.append(" and action = :action");
            params.and("action", action);
        }
        if (targetType != null) {
            query.append(" and targetType = :type");
            params.and("type", targetType);
        }
        if (targetId != null) {
            query.append(" and targetId = :target");
            params.and("target", targetId);
        }
        if (from != null) {
            query.append(" and at >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and at < :to");
            params.and("to", to);
        }
        if (page.after() != null) {
            query.append(" and (at < :at or (at = :at and id < :id))");
            params.and("at", page.after().instant()).and("id", page.after().id());
        }
        return find(query + " order by at desc, id desc", params)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
