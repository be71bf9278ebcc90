package io.manchette.comment;

import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Every query on comments. */
@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    /** The length of the moderation queue: comments waiting for a moderator. */
    public long countPending() {
        return count("status = ?1", CommentStatus.PENDING);
    }

    /** A page of an article's approved top comments, oldest first, keyset on (postedAt, id). */
    public List<Comment> listApprovedThreads(long articleId, PageRequest page) {
        var query = new StringBuilder("article.id = :article and status = :approved and parentId is null");
        var params = Parameters.with("article", articleId).and("approved", CommentStatus.APPROVED);
        if (page.after() != null) {
            query.append(" and (postedAt > :at or (postedAt = :at and id > :id))");
            params.and("at", page.after().instant()).and("id", page.after().id());
        }
        return find(query + " order by postedAt, id", params)
                .range(0, page.fetchSize() - 1)
                .list();
    }

    /** Every approved reply in the given threads, oldest first: one query for a whole page. */
    public List<Comment> listApprovedReplies(Collection<Long> rootIds) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return list("rootId in ?1 and status = ?2 order by postedAt, id", rootIds, CommentStatus.APPROVED);
    }

    /** The moderation queue, oldest first, with each comment's article in the same query. */
    public List<Comment> listForModeration(CommentStatus status, Long articleId, PageRequest page) {
        var query = new StringBuilder("select c from Comment c join fetch c.article a where 1 = 1");
        var params = new Parameters();
        if (status != null) {
            query.append(" and c.status = :status");
            params.and("status", status);
        }
        if (articleId != null) {
            query.append(" and a.id = :article");
            params.and("article", articleId);
        }
        if (page.after() != null) {
            query.append(" and (c.postedAt > :at or (c.postedAt = :at and c.id > :id))");
            params.and("at", page.after().instant()).and("id", page.after().id());
        }
        return find(query + " order by c.postedAt, c.id", params)
                .range(0, page.fetchSize() - 1)
                .list();
    }

    public List<Comment> listWithArticles(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("select c from Comment c join fetch c.article where c.id in ?1", ids);
    }

    /**
     * Sets each article's comment count to its number of approved comments. It runs in the
     * transaction of the moderation that changed it, so the count is never out of step, under a
     * lock on the articles' rows, so that concurrent moderations cannot each miss the other's.
     */
    public void refreshCommentCounts(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        getEntityManager().flush();
        // Concurrent decisions on one article count one after the other: each sees the others'.
        getEntityManager()
                .createNativeQuery("select id from articles where id in (:ids) order by id for update")
                .setParameter("ids", articleIds)
                .getResultList();
        getEntityManager()
                .createNativeQuery("""
                        update articles a set comment_count =
                            (select count(*) from comments c where c.article_id = a.id and c.status = 'APPROVED')
                        where a.id in (:ids)""")
                .setParameter("ids", articleIds)
                .executeUpdate();
    }
}
