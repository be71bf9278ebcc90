package io.manchette.webhook;

import java.util.Set;
import java.util.TreeSet;

/** The event types a subscription may ask for, as the outbox trigger names them. */
public final class WebhookEventTypes {

    public static final String ARTICLE_PUBLISHED = "article.published";
    public static final String ARTICLE_UPDATED = "article.updated";
    public static final String ARTICLE_UNPUBLISHED = "article.unpublished";
    public static final String ARTICLE_DELETED = "article.deleted";
    public static final String COMMENT_APPROVED = "comment.approved";
    public static final String FRONT_PAGE_UPDATED = "front-page.updated";
    public static final String SECTION_UPDATED = "section.updated";
    public static final String TAG_UPDATED = "tag.updated";
    public static final String AUTHOR_UPDATED = "author.updated";

    /** Sorted, as error messages and the documentation list them. */
    public static final Set<String> ALL = new TreeSet<>(Set.of(
            ARTICLE_PUBLISHED,
            ARTICLE_UPDATED,
            ARTICLE_UNPUBLISHED,
            ARTICLE_DELETED,
            COMMENT_APPROVED,
            FRONT_PAGE_UPDATED,
            SECTION_UPDATED,
            TAG_UPDATED,
            AUTHOR_UPDATED));

    private WebhookEventTypes() {}
}
