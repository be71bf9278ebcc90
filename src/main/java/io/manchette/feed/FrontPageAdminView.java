package io.manchette.feed;

import io.manchette.article.ArticleStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editors' selection as they manage it: every selected article, published or not, in order. */
@Schema(name = "FrontPageAdmin")
public record FrontPageAdminView(
        @Schema(description = "Send it back in If-Match to change the selection")
        long version,

        List<Entry> articles,
        @Schema(nullable = true) Instant updatedAt,
        @Schema(nullable = true) String updatedBy) {

    /** A selected article; only the published ones show on the front page. */
    @Schema(name = "FrontPageEntry")
    public record Entry(long id, String slug, String title, ArticleStatus status) {}

    public static FrontPageAdminView from(FrontPage page) {
        return new FrontPageAdminView(
                page.getVersion(),
                page.getArticles().stream()
                        .map(a -> new Entry(a.getId(), a.getSlug(), a.getTitle(), a.getStatus()))
                        .toList(),
                page.getUpdatedAt(),
                page.getUpdatedBy());
    }
}
