package io.manchette.article;

import io.manchette.common.paging.CursorPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** For the newsroom: which photos of its articles readers no longer get, their rights having passed. */
@ApplicationScoped
public class PhotoRights {

    private final ArticleRepository articles;
    private final Clock clock;

    PhotoRights(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    /** The newsroom's list, each article flagging the photos readers no longer get (one query a page). */
    public CursorPage<ArticleAdminSummary> summaries(CursorPage<Article> page) {
        var past = pastRights(page.items().stream().map(Article::getId).toList());
        return page.map(a -> ArticleAdminSummary.from(a, past.getOrDefault(a.getId(), List.of())));
    }

    /** Per article id, the media ids past their rights; articles without any are left out. */
    private Map<Long, List<Long>> pastRights(Collection<Long> articleIds) {
        return articles.listPhotosPastRights(articleIds, clock.instant());
    }

    /** The list narrowed to the articles that use a photo whose rights have ended by now. */
    public ArticleFilter onlyPastRights(ArticleFilter filter) {
        return filter.withPhotosPastRightsAt(clock.instant());
    }

    /** The article as the newsroom edits it, its photos past their rights flagged. */
    public ArticleAdminView adminView(Article article) {
        return ArticleAdminView.from(
                article, pastRights(List.of(article.getId())).getOrDefault(article.getId(), List.of()));
    }
}
