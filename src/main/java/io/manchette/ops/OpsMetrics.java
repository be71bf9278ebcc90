package io.manchette.ops;

import io.manchette.article.ArticleRepository;
import io.manchette.comment.CommentRepository;
import io.manchette.delivery.AnswerCache;
import io.manchette.delivery.ChangeListener;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * The meters of the public cache and of the work waiting in the database: the cache's hits,
 * misses, drops and size read from its own counters at scrape time (nothing is added to a hit),
 * and the scheduler's lag and the moderation queue read from PostgreSQL, one query per scrape at
 * most every second, so that a stalled scheduler shows even when it no longer runs.
 */
@ApplicationScoped
public class OpsMetrics {

    private static final Logger LOG = Logger.getLogger(OpsMetrics.class);
    private static final Duration BACKLOG_REUSED_FOR = Duration.ofSeconds(1);

    /** What the database said at one scrape; NaN when it could not say. */
    record Backlog(Instant at, double schedulerLagSeconds, double pendingComments) {}

    private final MeterRegistry registry;
    private final AnswerCache cache;
    private final ChangeListener listener;
    private final ArticleRepository articles;
    private final CommentRepository comments;
    private final Clock clock;
    private volatile Backlog backlog;

    OpsMetrics(
            MeterRegistry registry,
            AnswerCache cache,
            ChangeListener listener,
            ArticleRepository articles,
            CommentRepository comments,
            Clock clock) {
        this.registry = registry;
        this.cache = cache;
        this.listener = listener;
        this.articles = articles;
        this.comments = comments;
        this.clock = clock;
    }

    void bind(@Observes StartupEvent event) {
        counter(
                "manchette.cache.hits",
                "Public reads answered from the cache",
                c -> c.stats().hits());
        counter(
                "manchette.cache.misses",
                "Public reads computed by their resource",
                c -> c.stats().misses());
        counter(
                "manchette.cache.collapsed",
                "Public reads that waited for the same answer being computed",
                c -> c.stats().collapsed());
        counter(
                "manchette.cache.invalidations",
                "Cached answers dropped because something they show changed",
                c -> c.stats().dropped());
        counter(
                "manchette.cache.flushes",
                "Times every cached answer was dropped at once (a change too large to name)",
                c -> c.stats().droppedEverything());
        Gauge.builder("manchette.cache.entries", cache, c -> c.stats().size())
                .description("Answers held in the public cache")
                .register(registry);
        Gauge.builder("manchette.cache.listener.connected", listener, l -> l.isConnected() ? 1 : 0)
                .description("1 while the change listener hears the database, 0 while every cached answer is stale")
                .register(registry);
        Gauge.builder("manchette.scheduler.lag", this, m -> m.backlog().schedulerLagSeconds())
                .description("How long the longest-waiting due article has been waiting to go live or off")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("manchette.comments.pending", this, m -> m.backlog().pendingComments())
                .description("Comments waiting for a moderator")
                .register(registry);
    }

    private void counter(String name, String description, ToDoubleFunction<AnswerCache> count) {
        FunctionCounter.builder(name, cache, count).description(description).register(registry);
    }

    Backlog backlog() {
        Backlog known = backlog;
        Instant now = clock.instant();
        if (known != null
                && !now.isBefore(known.at())
                && now.isBefore(known.at().plus(BACKLOG_REUSED_FOR))) {
            return known;
        }
        Backlog fresh;
        try {
            fresh = QuarkusTransaction.requiringNew().call(() -> {
                double lag = articles.findOldestDue(now)
                        .map(due -> Math.max(0, Duration.between(due, now).toNanos()) / 1e9)
                        .orElse(0.0);
                return new Backlog(now, lag, comments.countPending());
            });
        } catch (RuntimeException e) {
            LOG.debugf("The backlog could not be read: %s", e.getMessage());
            fresh = new Backlog(now, Double.NaN, Double.NaN);
        }
        backlog = fresh;
        return fresh;
    }
}
