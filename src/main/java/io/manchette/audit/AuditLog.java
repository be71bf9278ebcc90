package io.manchette.audit;

import io.manchette.common.http.ContentChanges;
import io.manchette.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes the audit trail; it joins the caller's transaction, so the trace commits with the change.
 * Every management change passes here, so this is also where this instance learns to empty its
 * public response cache at commit (other instances learn it from PostgreSQL's notifications).
 */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository entries;
    private final Actors actors;
    private final ContentChanges changes;
    private final Clock clock;

    AuditLog(AuditRepository entries, Actors actors, ContentChanges changes, Clock clock) {
        this.entries = entries;
        this.actors = actors;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String targetType, Object targetId, Long versionBefore, Long versionAfter) {
        record(action, targetType, targetId, versionBefore, versionAfter, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String action, String targetType, Object targetId, Long versionBefore, Long versionAfter, String detail) {
        var actor = actors.current();
        changes.afterCommit();
        entries.persist(new AuditEntry(
                clock.instant(),
                actor.name(),
                action,
                targetType,
                String.valueOf(targetId),
                versionBefore,
                versionAfter,
                actor.address(),
                detail));
    }
}
