package io.manchette.delivery;

import io.manchette.common.config.ManchetteConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
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

    ChangeEvents(EntityManager em, ManchetteConfig config) {
        this.em = em;
        this.retention = config.changes().retention();
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnSchedule() {
        prune(retention);
    }

    /**
     * Deletes the events older than {@code age}, by the database's clock (which wrote them);
     * returns how many.
     */
    @Transactional
    public int prune(Duration age) {
        int deleted = em.createNativeQuery(
                        "delete from change_events where occurred_at < now() - ?1 * interval '1 millisecond'")
                .setParameter(1, age.toMillis())
                .executeUpdate();
        if (deleted > 0) {
            LOG.infof("Pruned %d change events older than %s", deleted, age);
        }
        return deleted;
    }
}
