package io.manchette.article.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.article.Article;
import io.manchette.article.ArticleInput;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.NotFound;
import io.manchette.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * An article's saved states: each save keeps its content as the editor would send it, numbered
 * 1, 2, 3… per article, the oldest pruned beyond {@code manchette.revisions-kept}.
 */
@ApplicationScoped
public class ArticleRevisions {

    private final RevisionRepository revisions;
    private final ObjectMapper json;
    private final int kept;
    private final Clock clock;

    ArticleRevisions(RevisionRepository revisions, ObjectMapper json, ManchetteConfig config, Clock clock) {
        this.revisions = revisions;
        this.json = json;
        this.kept = config.revisionsKept();
        this.clock = clock;
    }

    /** Keeps the article's state as just saved (its version included), in the caller's transaction. */
    public void record(Article article, ArticleInput content, String author, String note) {
        int number = revisions.nextNumber(article.getId());
        revisions.persist(new ArticleRevision(
                article.getId(), number, article.getVersion(), author, clock.instant(), note, write(content)));
        if (kept > 0) {
            revisions.pruneOlderThan(article.getId(), number, kept);
        }
    }

    public ArticleRevision find(long articleId, int number) {
        return revisions
                .findByNumber(articleId, number)
                .orElseThrow(() -> new NotFound("Revision", articleId + "/" + number));
    }

    /** A revision's content, read back as an editor's input. */
    public ArticleInput content(long articleId, int number) {
        try {
            return json.readValue(find(articleId, number).getContent(), ArticleInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision could not be read", e);
        }
    }

    public List<ArticleRevision> listNewestFirst(long articleId, PageRequest page) {
        return revisions.listNewestFirst(articleId, page);
    }

    /** Field-level differences from one revision to another. */
    public RevisionViews.Diff diff(long articleId, int older, int newer) {
        return new RevisionViews.Diff(
                older, newer, RevisionDiff.between(tree(find(articleId, older)), tree(find(articleId, newer))));
    }

    private JsonNode tree(ArticleRevision revision) {
        try {
            return json.readTree(revision.getContent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision could not be read", e);
        }
    }

    private String write(ArticleInput content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A revision could not be written as JSON", e);
        }
    }
}
