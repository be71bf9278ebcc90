package io.manchette.audit;

import io.manchette.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes the audit trail; it joins the caller's transaction, so the trace commits with the change.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository entries;
    private final Actors actors;
    private final Clock clock;

    AuditLog(AuditRepository entries, Actors actors, Clock clock) {
        this.entries = entries;
        this.actors = actors;
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
