package io.manchette.feed;

import io.manchette.article.Article;
import io.manchette.taxonomy.section.SectionRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of "Le fil info": light enough to poll often. */
@Schema(name = "FeedItem")
public record FeedItem(String slug, String title, SectionRef section, Instant publishedAt) {

    public static FeedItem from(Article article) {
        return new FeedItem(
                article.getSlug(), article.getTitle(), SectionRef.from(article.getSection()), article.getPublishedAt());
    }

    /** A page of these, as the API documents it ({@code CursorPage} at run time). */
    @Schema(name = "FeedPage")
    public record Page(
            List<FeedItem> items, @Schema(nullable = true) String nextCursor) {}
}
