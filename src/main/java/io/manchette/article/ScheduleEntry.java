package io.manchette.article;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the scheduler will do: publish a scheduled article, or take a published one off. */
@Schema(name = "ScheduleEntry")
public record ScheduleEntry(
        long id,
        String slug,
        String title,
        ArticleStatus status,

        @Schema(description = "publish or archive", examples = "publish")
        String action,

        @Schema(description = "When the scheduler will do it (UTC)")
        Instant dueAt,

        @Schema(nullable = true) Instant unpublishAt,

        @Schema(description = "The last failed attempt, if any", nullable = true)
        String lastError) {

    public static ScheduleEntry from(Article article) {
        boolean publish = article.getStatus() == ArticleStatus.SCHEDULED;
        return new ScheduleEntry(
                article.getId(),
                article.getSlug(),
                article.getTitle(),
                article.getStatus(),
                publish ? "publish" : "archive",
                publish ? article.getPublishAt() : article.getUnpublishAt(),
                article.getUnpublishAt(),
                article.getLastError());
    }
}
