package io.manchette.article;

import java.util.Locale;

/** The workflow's actions, as {@code POST /api/admin/articles/{id}/{action}}. */
public enum ArticleAction {
    /** Send for review (authors and editors). */
    SUBMIT,
    /** Go live now. */
    PUBLISH,
    /** Go live at a given time, once, whatever the number of instances. */
    SCHEDULE,
    /** Back to draft: off the site, out of the schedule or the review. */
    UNPUBLISH,
    /** Off the site for good, kept for the record. */
    ARCHIVE;

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** For messages: "cannot be published". */
    public String pastParticiple() {
        return switch (this) {
            case SUBMIT -> "submitted";
            case PUBLISH -> "published";
            case SCHEDULE -> "scheduled";
            case UNPUBLISH -> "unpublished";
            case ARCHIVE -> "archived";
        };
    }
}
