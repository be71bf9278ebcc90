package io.manchette.comment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the poster learns: the comment's id and whether it is shown yet. */
@Schema(name = "CommentPosted")
public record CommentPosted(
        long id, @Schema(examples = "PENDING") CommentStatus status) {}
