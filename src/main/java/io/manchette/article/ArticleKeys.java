package io.manchette.article;

import io.manchette.delivery.CacheKeys;
import io.manchette.taxonomy.author.Author;
import io.manchette.taxonomy.section.Section;
import io.manchette.taxonomy.tag.Tag;
import java.util.Collection;
import java.util.List;

/** The cache keys of what article answers show: an article's page, a page of teasers. */
public final class ArticleKeys {

    private ArticleKeys() {}

    /** The article page: the article, every section of its breadcrumb, its tags and its authors. */
    public static CacheKeys page(Article article, List<Section> lineage) {
        var keys = CacheKeys.of().article(article.getId());
        lineage.forEach(s -> keys.section(s.getId()));
        article.getTags().stream().map(Tag::getId).forEach(keys::tag);
        article.getAuthors().stream().map(Author::getId).forEach(keys::author);
        return keys;
    }

    /** Teasers: each article and its section (a teaser shows the section's name). */
    public static CacheKeys teasers(Collection<Article> articles) {
        var keys = CacheKeys.of();
        for (Article article : articles) {
            keys.article(article.getId()).section(article.getSection().getId());
        }
        return keys;
    }
}
