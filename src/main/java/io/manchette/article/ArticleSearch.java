package io.manchette.article;

import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import java.util.function.BiFunction;

/**
 * Full-text search as the article feature needs it for the newsroom's list ({@code ?q=}). The
 * search feature implements it, so articles do not depend on search (which depends on articles).
 */
public interface ArticleSearch {

    /** Articles matching {@code query} and {@code filter} (any status when its status is null), best first. */
    <T> CursorPage<T> search(String query, ArticleFilter filter, PageRequest page, BiFunction<Article, String, T> view);
}
