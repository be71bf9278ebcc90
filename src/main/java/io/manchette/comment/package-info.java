/**
 * Readers' comments: posting under an article ({@code POST /api/articles/{slug}/comments}, flood
 * protected), reading approved threads, and moderation ({@code /api/admin/comments}). Invariants:
 * only approved comments are shown; an article's {@code commentCount} is the number of its approved
 * comments, updated in the same transaction as every moderation; emails are stored, never shown.
 */
package io.manchette.comment;
