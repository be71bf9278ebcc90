package io.manchette.media;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * When a photo's rights end, the answers showing it expire on their own (they were fresh only
 * until then); this tells everyone else. Each scheduler turn writes an {@code article} change
 * event for every published article that showed a photo whose rights have just ended, once per
 * end, whichever instance gets there first: webhooks send {@code article.updated} and the live
 * stream hears it.
 */
@ApplicationScoped
class EndedRights {

    private static final Logger LOG = Logger.getLogger(EndedRights.class);

    private final MediaRepository media;
    private final Clock clock;

    EndedRights(MediaRepository media, Clock clock) {
        this.media = media;
        this.clock = clock;
    }

    @Scheduled(every = "${manchette.scheduler.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void announce() {
        int articles = media.announceEndedRights(clock.instant());
        if (articles > 0) {
            LOG.infof("Photo rights ended: %d published article(s) announced as changed", articles);
        }
    }
}
