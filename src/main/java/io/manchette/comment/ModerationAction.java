package io.manchette.comment;

/** What a moderator can do to a comment. */
public enum ModerationAction {
    APPROVE(CommentStatus.APPROVED),
    REJECT(CommentStatus.REJECTED),
    SPAM(CommentStatus.SPAM),
    DELETE(null);

    private final CommentStatus result;

    ModerationAction(CommentStatus result) {
        this.result = result;
    }

    /** The status the comment ends in; {@code null} for a deletion. */
    public CommentStatus result() {
        return result;
    }
}
