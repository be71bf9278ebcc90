package io.manchette.comment;

/** Where a comment stands in moderation; only {@code APPROVED} comments are ever shown. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SPAM
}
