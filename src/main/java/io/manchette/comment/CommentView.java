package io.manchette.comment;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approved comment with its approved replies nested under it; never the author's email. */
@Schema(name = "Comment")
public record CommentView(
        long id,
        @Schema(examples = "Jeanne") String authorName,
        @Schema(examples = "Merci pour cet article.") String body,
        Instant postedAt,
        List<CommentView> replies) {}
