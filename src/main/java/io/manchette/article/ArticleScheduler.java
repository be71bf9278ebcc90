package io.manchette.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled articles when their time comes, and archives those whose end has come.
 * State lives in the database, so a restart loses nothing; each article is handled in its own
 * transaction under a row lock taken with SKIP LOCKED, so two instances never publish it twice.
 */
@ApplicationScoped
public class ArticleScheduler {

    private static final Logger LOG = Logger.getLogger(ArticleScheduler.class);
    private static final int BATCH = 50;

    private final ArticleWorkflow workflow;
    private final Counter failures;
    private final Counter turns;

    ArticleScheduler(ArticleWorkflow workflow, MeterRegistry registry) {
        this.workflow = workflow;
        this.failures = Counter.builder("manchette.scheduler.failures")
                .description("Scheduled publications or unpublications that failed (each is retried)")
                .register(registry);
        this.turns = Counter.builder("manchette.scheduler.turns")
                .description("Turns of the publication scheduler over the due articles on this instance, done")
                .register(registry);
    }

    @Scheduled(every = "${manchette.scheduler.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runDue() {
        for (long id : workflow.listDue(BATCH)) {
            try {
                workflow.runIfDue(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Scheduler could not handle article %d", id);
                failures.increment();
                workflow.recordSchedulingFailure(id, rootMessage(e));
            }
        }
        turns.increment();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
