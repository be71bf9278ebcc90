package io.manchette.delivery;

import io.manchette.common.config.ManchetteConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The {@code change_events} table the database triggers write: kept for
 * {@code manchette.changes.retention}, then pruned (by whichever instance gets there; a delete
 * twice is harmless).
 */
@ApplicationScoped
public class ChangeEvents {

    private static final Logger LOG = Logger.getLogger(ChangeEvents.class);

    private final EntityManager em;
    private final Duration retention;
    private final Clock clock;

    ChangeEvents(EntityManager em, ManchetteConfig config, Clock clock) {
        this.em = em;
        this.retention = config.changes().retention();
        this.clock = clock;
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnSchedule() {
        prune(clock.instant().minus(retention));
    }

    /** Deletes the events older than {@code before}; returns how many. */
    @Transactional
    public int prune(Instant before) {
        int deleted = em.createNativeQuery("delete from change_events where occurred_at < ?1")
                .setParameter(1, before)
                .executeUpdate();
        if (deleted > 0) {
            LOG.infof("Pruned %d change events older than %s", deleted, before);
        }
        return deleted;
    }
}
