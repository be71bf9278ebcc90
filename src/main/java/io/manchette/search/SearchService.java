package io.manchette.search;

import io.manchette.article.Article;
import io.manchette.article.ArticleFilter;
import io.manchette.article.ArticleRepository;
import io.manchette.article.ArticleSearch;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Searching: the query's rules, then hits joined to their articles in two queries per page. */
@ApplicationScoped
public class SearchService implements ArticleSearch {

    public static final int MAX_QUERY_LENGTH = 200;
    private static final int SUGGESTIONS = 8;

    private final SearchRepository search;
    private final ArticleRepository articles;

    SearchService(SearchRepository search, ArticleRepository articles) {
        this.search = search;
        this.articles = articles;
    }

    /**
     * A page of matches, each article shaped by {@code view} with its highlight: two queries, and a
     * third only when nothing matched, to tell an empty result from a query with no word in it.
     * Reads run without a transaction: there is nothing to commit.
     */
    public <T> CursorPage<T> search(SearchCriteria criteria, PageRequest page, BiFunction<Article, String, T> view) {
        List<SearchHit> hits = search.search(criteria, page);
        if (hits.isEmpty() && !search.isMeaningful(criteria.query())) {
            throw new InvalidInput("q", "has no word to search for");
        }
        Map<Long, Article> byId = articles
                .listWithSection(hits.stream().map(SearchHit::id).toList())
                .stream()
                .collect(Collectors.toMap(Article::getId, Function.identity()));
        return CursorPage.of(hits, page, hit -> Cursor.of(hit.rank(), hit.at(), hit.id()), hit -> {
            // Deleted since the search query ran: left out of the page.
            Article article = byId.get(hit.id());
            return article == null ? null : view.apply(article, hit.highlight());
        });
    }

    @Override
    public <T> CursorPage<T> search(
            String query, ArticleFilter filter, PageRequest page, BiFunction<Article, String, T> view) {
        return search(new SearchCriteria(query(query), filter, null, null), page, view);
    }

    /** Titles completing what a reader typed (2 to 100 characters). */
    public List<Suggestion> suggest(String typed) {
        String prefix = typed == null ? "" : typed.strip();
        if (prefix.length() < 2 || prefix.length() > 100) {
            throw new InvalidInput("q", "must be 2 to 100 characters");
        }
        return search.suggest(prefix, SUGGESTIONS);
    }

    /** The reader's query, checked: present and not too long (having a word is checked by the search). */
    public String query(String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw new InvalidInput("q", "must not be empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInput("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return query;
    }
}
