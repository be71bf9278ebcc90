package io.manchette.feed;

import io.manchette.article.Article;
import io.manchette.article.ArticleStatus;
import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries on the front page, and the "La Une" tab of the fil info. */
@ApplicationScoped
public class FrontPageRepository implements PanacheRepositoryBase<FrontPage, Short> {

    /** The front page with its articles and their sections, in one query. */
    public FrontPage load() {
        return find(
                        "select f from FrontPage f left join fetch f.articles a left join fetch a.section where f.id = ?1",
                        FrontPage.ID)
                .singleResult();
    }

    /** Published articles on the front page, newest first, keyset on (publishedAt, id). */
    public List<Article> listPublishedOnFrontNewestFirst(PageRequest page) {
        var query = new StringBuilder("select a from Article a join fetch a.section s where a.status = :status"
                + " and a in (select fa from FrontPage f join f.articles fa)");
        var params = Parameters.with("status", ArticleStatus.PUBLISHED);
        if (page.after() != null) {
            query.append(" and (a.publishedAt < :at or (a.publishedAt = :at and a.id < :id))");
            params.and("at", page.after().instant()).and("id", page.after().id());
        }
        query.append(" order by a.publishedAt desc, a.id desc");
        var typed =
                getEntityManager().createQuery(query.toString(), Article.class).setMaxResults(page.fetchSize());
        params.map().forEach(typed::setParameter);
        return typed.getResultList();
    }
}
