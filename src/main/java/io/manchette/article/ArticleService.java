package io.manchette.article;

import com.fasterxml.jackson.databind.JsonNode;
import io.manchette.article.revision.ArticleRevisions;
import io.manchette.audit.Edits;
import io.manchette.common.error.Forbidden;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import io.manchette.common.http.MergePatch;
import io.manchette.security.Actor;
import io.manchette.security.Actors;
import io.manchette.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Article content writes. Every save is checked against the version the client read, stores a
 * revision and an audit entry in the same transaction; authors may only touch their own articles
 * while in draft or review. The workflow's actions are {@link ArticleWorkflow}'s.
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    private final ArticleRepository articles;
    private final ArticleContent content;
    private final ArticleSlugs slugs;
    private final ArticleRevisions revisions;
    private final MergePatch mergePatch;
    private final Edits edits;
    private final Actors actors;
    private final Clock clock;

    ArticleService(
            ArticleRepository articles,
            ArticleContent content,
            ArticleSlugs slugs,
            ArticleRevisions revisions,
            MergePatch mergePatch,
            Edits edits,
            Actors actors,
            Clock clock) {
        this.articles = articles;
        this.content = content;
        this.slugs = slugs;
        this.revisions = revisions;
        this.mergePatch = mergePatch;
        this.edits = edits;
        this.actors = actors;
        this.clock = clock;
    }

    /** An article with its section, tags and authors, for the management API. */
    public Article get(long id) {
        return articles.findWithRelations(id).orElseThrow(() -> new NotFound("Article", id));
    }

    @Transactional
    public Article create(ArticleInput input) {
        Actor actor = actors.current();
        var article = new Article();
        article.setOwner(actor.name());
        article.setSlug(slugs.forNewArticle(input.slug(), input.title()));
        content.apply(article, input);
        edits.create("article.create", article, articles::persist);
        revisions.record(article, content.inputOf(article), actor.name(), "created");
        LOG.infof("Article %s created as a draft by %s", article.getSlug(), actor.name());
        return article;
    }

    @Transactional
    public Article update(long id, IfMatch ifMatch, ArticleInput input) {
        return save(get(id), ifMatch, input, "article.update", null);
    }

    /** An RFC 7396 merge patch over the article as editors write it, under the same rules as a PUT. */
    @Transactional
    public Article patch(long id, IfMatch ifMatch, JsonNode patch) {
        Article article = get(id);
        ArticleInput patched = mergePatch.apply(content.inputOf(article), patch, ArticleInput.class);
        return save(article, ifMatch, patched, "article.patch", null);
    }

    /** Brings back a former revision's content, as a new revision. */
    @Transactional
    public Article restore(long id, int number, IfMatch ifMatch) {
        Article article = get(id);
        ArticleInput former = revisions.content(id, number);
        return save(article, ifMatch, former, "article.restore", "restored from revision " + number);
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        Article article = get(id);
        Actor actor = actors.current();
        requireMayEdit(article, actor);
        edits.delete("article.delete", article, ifMatch, articles::delete, deleted -> null);
        LOG.infof("Article %s deleted by %s", article.getSlug(), actor.name());
    }

    private Article save(Article article, IfMatch ifMatch, ArticleInput input, String action, String note) {
        Actor actor = actors.current();
        requireMayEdit(article, actor);
        edits.change(action, article, ifMatch, changed -> write(changed, input), changed -> note);
        revisions.record(article, content.inputOf(article), actor.name(), note);
        return article;
    }

    private void write(Article article, ArticleInput input) {
        Shown shownBefore = Shown.of(article);
        if (input.slug() != null && !input.slug().equals(article.getSlug())) {
            slugs.rename(article, input.slug());
        }
        content.apply(article, input);
        if (article.getStatus() == ArticleStatus.PUBLISHED || article.getStatus() == ArticleStatus.SCHEDULED) {
            content.requirePhotosDescribed(article); // live, or about to be: as if published again
        }
        if (article.getPublishedAt() != null && !shownBefore.equals(Shown.of(article))) {
            article.markRevised(clock.instant());
        }
    }

    /** What a reader sees change, for "mis à jour le": not tags, SEO fields or the comments switch. */
    private record Shown(String kicker, String title, String lead, Long leadImage, String body, Partner partner) {
        static Shown of(Article a) {
            return new Shown(a.getKicker(), a.getTitle(), a.getLead(), a.getLeadImageId(), a.getBody(), a.getPartner());
        }
    }

    private static void requireMayEdit(Article article, Actor actor) {
        if (actor.isEditor()) {
            return;
        }
        if (!actor.hasRole(Roles.AUTHOR) || !actor.name().equals(article.getOwner())) {
            throw new Forbidden("Authors may change only their own articles");
        }
        if (!article.getStatus().isEditableByAuthor()) {
            throw new Forbidden(
                    "Authors may change their articles only in draft or review; this one is " + article.getStatus());
        }
    }
}
