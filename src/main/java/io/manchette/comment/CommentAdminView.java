package io.manchette.comment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment in the moderation queue, with its article and its moderation trail. */
@Schema(name = "CommentAdmin")
public record CommentAdminView(
        long id,
        long version,
        CommentStatus status,
        ArticleRef article,
        @Schema(nullable = true) Long parentId,
        String authorName,
        String body,

        @Schema(description = "Why it was held as spam", nullable = true)
        String spamReason,

        Instant postedAt,
        @Schema(nullable = true) String moderatedBy,
        @Schema(nullable = true) Instant moderatedAt) {

    /** The article a comment is under. */
    @Schema(name = "CommentArticle")
    public record ArticleRef(long id, String slug, String title) {}

    public static CommentAdminView from(Comment comment) {
        var article = comment.getArticle();
        return new CommentAdminView(
                comment.getId(),
                comment.getVersion(),
                comment.getStatus(),
                new ArticleRef(article.getId(), article.getSlug(), article.getTitle()),
                comment.getParentId(),
                comment.getAuthorName(),
                comment.getBody(),
                comment.getSpamReason(),
                comment.getPostedAt(),
                comment.getModeratedBy(),
                comment.getModeratedAt());
    }
}
