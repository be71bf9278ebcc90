package io.manchette.search;

import io.manchette.article.Article;
import io.manchette.taxonomy.section.SectionRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A search result: the article's summary and where it matched. */
@Schema(name = "SearchItem")
public record SearchItem(
        String slug,
        String title,
        @Schema(nullable = true) String lead,
        SectionRef section,
        Instant publishedAt,
        int readingTimeMinutes,
        int commentCount,

        @Schema(
                description = "Excerpts of the lead and body around the matches, as HTML: the text is escaped"
                        + " and <mark> is the only markup",
                examples = "Les forces de <mark>l’armée</mark> ont repris…")
        String highlight) {

    public static SearchItem from(Article article, String highlight) {
        return new SearchItem(
                article.getSlug(),
                article.getTitle(),
                article.getLead(),
                SectionRef.from(article.getSection()),
                article.getPublishedAt(),
                article.getReadingTimeMinutes(),
                article.getCommentCount(),
                highlight);
    }

    /** A page of results, as the API documents it. */
    @Schema(name = "SearchPage")
    public record Page(
            List<SearchItem> items, @Schema(nullable = true) String nextCursor) {}
}
