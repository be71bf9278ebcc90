package io.manchette.article;

import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.text.Slugifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * Article slugs: unique among the current and the former ones, since a former slug still leads
 * readers (and "À lire aussi" blocks) to its article.
 */
@ApplicationScoped
public class ArticleSlugs {

    private static final int MAX_BASE_LENGTH = 180;

    private final ArticleRepository articles;

    ArticleSlugs(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The editor's slug, or the title's when none was given. */
    public String forNewArticle(String slug, String title) {
        return slug != null ? requireFree(slug, null) : freeFrom(title);
    }

    /** Gives the article a new slug and keeps the old one as a former slug. */
    public void rename(Article article, String slug) {
        String old = article.getSlug();
        article.setSlug(requireFree(slug, article.getId()));
        articles.retireSlug(article.getId(), old, slug);
    }

    private String requireFree(String slug, Long exceptId) {
        if (articles.isSlugTaken(slug, exceptId)) {
            throw new Conflict("Another article has (or had) the slug '" + slug + "'");
        }
        return slug;
    }

    /** The title's slug, or the first free {@code slug-N} (N from 2) when another article has or had it. */
    private String freeFrom(String title) {
        String base = Slugifier.slugify(title);
        if (base.isEmpty()) {
            throw new InvalidInput("title", "must contain letters or digits to make a slug");
        }
        if (base.length() > MAX_BASE_LENGTH) {
            base = base.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "");
        }
        Set<String> taken = new HashSet<>(articles.listSlugsLike(base));
        if (!taken.contains(base)) {
            return base;
        }
        int n = 2;
        while (taken.contains(base + "-" + n)) {
            n++;
        }
        return base + "-" + n;
    }
}
