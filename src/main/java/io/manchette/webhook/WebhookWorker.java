package io.manchette.webhook;

import io.manchette.common.config.ManchetteConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox. Each turn fans new events out to deliveries, then sends each due delivery
 * in its own transaction that holds the delivery's row lock (taken with SKIP LOCKED) while the
 * request runs: however many instances run, one sends it, and a crash before the commit leaves it
 * due for the next turn (at least once). A failure waits for the next step of the retry schedule,
 * within 20% either way so that receivers back from an outage are not hit all at once.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int BATCH = 50;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookPayloads payloads;
    private final WebhookSender sender;
    private final Clock clock;
    private final List<Duration> schedule;
    private final int pauseAfter;
    private final Duration retention;
    private final Counter delivered;
    private final Counter failed;
    private final Counter turns;

    WebhookWorker(
            WebhookDeliveryRepository deliveries,
            WebhookPayloads payloads,
            WebhookSender sender,
            Clock clock,
            ManchetteConfig config,
            MeterRegistry registry) {
        this.delivered = attempts(registry, "delivered");
        this.failed = attempts(registry, "failed");
        this.turns = Counter.builder("manchette.webhooks.turns")
                .description("Scheduled turns of the delivery worker on this instance, done")
                .register(registry);
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.sender = sender;
        this.clock = clock;
        this.schedule = List.copyOf(config.webhooks().retrySchedule());
        this.pauseAfter = config.webhooks().pauseAfterFailures();
        this.retention = config.webhooks().logRetention();
    }

    @Scheduled(every = "${manchette.webhooks.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runOnSchedule() {
        run();
        turns.increment();
    }

    /** One turn: fan out what is new, send what is due; returns how many deliveries were attempted. */
    public int run() {
        Instant now = clock.instant();
        while (QuarkusTransaction.requiringNew().call(() -> deliveries.fanOut(now, 200)) == 200) {
            // a burst of changes: keep going until the outbox is fanned out
        }
        int attempted = 0;
        for (long id : QuarkusTransaction.requiringNew().call(() -> deliveries.listDue(now, BATCH))) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> deliver(id))) {
                    attempted++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Webhook delivery %d could not be attempted", id);
            }
        }
        return attempted;
    }

    private boolean deliver(long id) {
        var due = deliveries.lockDue(id, clock.instant());
        if (due.isEmpty()) {
            return false; // another instance has it, or had it
        }
        var d = due.get();
        String body = payloads.body(d.messageId(), d.type(), d.occurredAt(), d.data(), d.keys());
        Instant at = clock.instant();
        var outcome = sender.send(d.url(), d.messageId(), at.getEpochSecond(), d.secrets(), body);
        deliveries.recordAttempt(d.id(), at, outcome.statusCode(), outcome.durationMs(), outcome.error());
        (outcome.delivered() ? delivered : failed).increment();
        if (outcome.delivered()) {
            deliveries.markDelivered(d.id(), at);
            deliveries.countOutcome(d.subscriptionId(), true);
            return true;
        }
        int attempt = d.attempts() + 1;
        Instant next = attempt > schedule.size() ? null : at.plus(jittered(schedule.get(attempt - 1)));
        deliveries.markFailed(d.id(), next);
        if (next == null) {
            LOG.warnf(
                    "Webhook %s to subscription %d failed for good after %d attempts: %s",
                    d.messageId(), d.subscriptionId(), attempt, outcome.error());
        }
        int failures = deliveries.countOutcome(d.subscriptionId(), false);
        if (failures >= pauseAfter) {
            String reason = failures + " failed attempts in a row; the last: " + outcome.error();
            deliveries.pauseForFailures(d.subscriptionId(), at, reason);
            LOG.warnf("Webhook subscription %d paused: %s", d.subscriptionId(), reason);
        }
        return true;
    }

    private static Counter attempts(MeterRegistry registry, String outcome) {
        return Counter.builder("manchette.webhooks.attempts")
                .description("Webhook delivery attempts by outcome: delivered (a 2xx) or failed")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** The wait, drawn between 80% and 120% of its step. */
    static Duration jittered(Duration step) {
        double factor = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(step.toMillis() * factor));
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purge();
    }

    /** Drops the log older than the retention; returns how many deliveries went. */
    public int purge() {
        int purged = QuarkusTransaction.requiringNew()
                .call(() -> deliveries.purge(clock.instant().minus(retention)));
        if (purged > 0) {
            LOG.infof("Purged %d webhook deliveries older than %s", purged, retention);
        }
        return purged;
    }
}
