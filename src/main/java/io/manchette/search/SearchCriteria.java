package io.manchette.search;

import io.manchette.article.ArticleFilter;
import java.time.Instant;

/** A search: the query and what narrows it; a null criterion (or a null status) does not narrow. */
public record SearchCriteria(String query, ArticleFilter filter, Instant from, Instant to) {

    /** Readers search published articles only. */
    public static SearchCriteria published(String query, String sectionPath, String tag, Instant from, Instant to) {
        return new SearchCriteria(query, ArticleFilter.published(sectionPath, tag, null, null, null), from, to);
    }
}
