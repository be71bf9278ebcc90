package io.manchette.article;

import java.util.EnumSet;
import java.util.Set;

/** Where an article stands in the newsroom's workflow; only {@code PUBLISHED} is ever delivered. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED;

    /** The workflow: what may be done from each state. Anything else is a 409 naming these. */
    public Set<ArticleAction> allowedActions() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ArticleAction.SUBMIT, ArticleAction.PUBLISH, ArticleAction.SCHEDULE);
            case IN_REVIEW -> EnumSet.of(ArticleAction.PUBLISH, ArticleAction.SCHEDULE, ArticleAction.UNPUBLISH);
            case SCHEDULED -> EnumSet.of(ArticleAction.PUBLISH, ArticleAction.SCHEDULE, ArticleAction.UNPUBLISH);
            case PUBLISHED -> EnumSet.of(ArticleAction.UNPUBLISH, ArticleAction.ARCHIVE);
            case ARCHIVED -> EnumSet.of(ArticleAction.PUBLISH, ArticleAction.UNPUBLISH);
        };
    }

    /** Whether an author may still change the content (their own article). */
    public boolean isEditableByAuthor() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
