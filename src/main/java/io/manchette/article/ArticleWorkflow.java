package io.manchette.article;

import io.manchette.audit.AuditLog;
import io.manchette.audit.Edits;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.Forbidden;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import io.manchette.security.Actor;
import io.manchette.security.Actors;
import io.manchette.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The editorial workflow: the actions editors take (submit, publish, schedule, unpublish,
 * archive) and the scheduler's steps. Authors may only submit their own article; an action the
 * current state does not allow is a 409 naming the allowed ones. Every step is audited.
 */
@ApplicationScoped
public class ArticleWorkflow {

    private static final Logger LOG = Logger.getLogger(ArticleWorkflow.class);

    private final ArticleRepository articles;
    private final ArticleContent content;
    private final AuditLog audit;
    private final Edits edits;
    private final Actors actors;
    private final Clock clock;
    private final Duration retryAfter;

    ArticleWorkflow(
            ArticleRepository articles,
            ArticleContent content,
            AuditLog audit,
            Edits edits,
            Actors actors,
            Clock clock,
            ManchetteConfig config) {
        this.articles = articles;
        this.content = content;
        this.audit = audit;
        this.edits = edits;
        this.actors = actors;
        this.clock = clock;
        this.retryAfter = config.scheduler().retryAfter();
    }

    /** A workflow action; {@code ifMatch} is checked when sent, {@code schedule} read by SCHEDULE only. */
    @Transactional
    public Article act(long id, ArticleAction action, IfMatch ifMatch, ScheduleInput schedule) {
        Article article = get(id);
        Actor actor = actors.current();
        boolean ownSubmit = action == ArticleAction.SUBMIT
                && actor.hasRole(Roles.AUTHOR)
                && actor.name().equals(article.getOwner());
        if (!actor.isEditor() && !ownSubmit) {
            throw new Forbidden(
                    action == ArticleAction.SUBMIT
                            ? "Authors submit only their own articles"
                            : "Only editors may " + action.path() + " an article");
        }
        edits.change(
                "article." + action.path(),
                article,
                ifMatch,
                changed -> take(changed, action, schedule),
                changed ->
                        changed.getStatus() == ArticleStatus.SCHEDULED ? "publishAt " + changed.getPublishAt() : null);
        LOG.infof("Article %s: %s by %s", article.getSlug(), action.path(), actor.name());
        return article;
    }

    /** Publishes with a first-publication time from the past: for archive imports and the demo newsroom. */
    @Transactional
    public Article publishAsOf(long id, Instant publishedAt) {
        return edits.change(
                "article.publish",
                get(id),
                null,
                article -> {
                    content.requirePhotosDescribed(article);
                    article.publish(publishedAt);
                },
                a -> "imported");
    }

    /** Ids of the articles due to go live (or off), oldest due first; failed ones wait {@code retryAfter}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> listDue(int max) {
        Instant now = clock.instant();
        return articles.listDue(now, now.minus(retryAfter), max);
    }

    /**
     * The scheduler's step for one article, in a transaction of its own: lock it if it is still due
     * (another instance holding it skips it), then publish or archive it. Returns whether it acted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean runIfDue(long id) {
        var due = articles.lockIfDue(id, clock.instant());
        if (due.isEmpty()) {
            return false;
        }
        Article article = due.get();
        long before = article.getVersion();
        String action;
        if (article.getStatus() == ArticleStatus.SCHEDULED) {
            content.requirePhotosDescribed(article); // else recorded as the scheduler's failure
            article.publish(article.getPublishAt());
            action = "article.publish";
        } else {
            article.archive();
            action = "article.archive";
        }
        articles.flush();
        audit.record(action, "article", id, before, article.getVersion(), "by the scheduler");
        LOG.infof("Scheduler: %s %s", action, article.getSlug());
        return true;
    }

    /** Keeps the scheduler's failure on the article, so it is seen instead of lost. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSchedulingFailure(long id, String error) {
        articles.findByIdOptional(id).ifPresent(article -> {
            article.failScheduling(error, clock.instant());
            audit.record("article.schedule-failed", "article", id, article.getVersion(), article.getVersion(), error);
        });
    }

    private void take(Article article, ArticleAction action, ScheduleInput schedule) {
        Set<ArticleAction> allowed = article.getStatus().allowedActions();
        if (!allowed.contains(action)) {
            throw new Conflict("An article in " + article.getStatus() + " cannot be " + action.pastParticiple()
                    + "; allowed: "
                    + allowed.stream().map(ArticleAction::path).sorted().toList());
        }
        if (action == ArticleAction.PUBLISH || action == ArticleAction.SCHEDULE) {
            content.requirePhotosDescribed(article);
        }
        Instant now = clock.instant();
        switch (action) {
            case SUBMIT -> article.submit();
            case PUBLISH -> article.publish(now);
            case SCHEDULE -> schedule(article, schedule, now);
            case UNPUBLISH -> article.unpublish();
            case ARCHIVE -> article.archive();
        }
    }

    private Article get(long id) {
        return articles.findWithRelations(id).orElseThrow(() -> new NotFound("Article", id));
    }

    private static void schedule(Article article, ScheduleInput schedule, Instant now) {
        if (schedule == null || schedule.publishAt() == null) {
            throw new InvalidInput("publishAt", "is required to schedule an article");
        }
        if (!schedule.publishAt().isAfter(now)) {
            throw new InvalidInput("publishAt", "must be in the future (UTC)");
        }
        if (schedule.unpublishAt() != null && !schedule.unpublishAt().isAfter(schedule.publishAt())) {
            throw new InvalidInput("unpublishAt", "must come after publishAt");
        }
        article.schedule(schedule.publishAt(), schedule.unpublishAt());
    }
}
