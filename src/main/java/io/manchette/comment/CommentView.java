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
        List<CommentView> replies) {
    /** A page of these, as the API documents it ({@code CursorPage} at run time). */
    @Schema(name = "CommentPage")
    public record Page(
            List<CommentView> items,
            @Schema(nullable = true) String nextCursor) {}
}
