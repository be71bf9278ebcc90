package io.manchette.article;

/** Where an article stands in the newsroom's workflow; only {@code PUBLISHED} is ever delivered. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
