package io.manchette.article.revision;

import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Every query on revisions. */
@ApplicationScoped
public class RevisionRepository implements PanacheRepository<ArticleRevision> {

    public Optional<ArticleRevision> findByNumber(long articleId, int number) {
        return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
    }

    /** The next revision number of an article: revisions are numbered 1, 2, 3… per article. */
    public int nextNumber(long articleId) {
        Integer last = getEntityManager()
                .createQuery("select max(r.number) from ArticleRevision r where r.articleId = ?1", Integer.class)
                .setParameter(1, articleId)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** Newest first, keyset on the number. */
    public List<ArticleRevision> listNewestFirst(long articleId, PageRequest page) {
        var query = page.after() == null
                ? find("articleId = ?1 order by number desc", articleId)
                : find("articleId = ?1 and number < ?2 order by number desc", articleId, (int)
                        page.after().id());
        return query.range(0, page.fetchSize() - 1).list();
    }

    /** Drops the revisions older than the newest {@code kept}. */
    public long pruneOlderThan(long articleId, int newest, int kept) {
        return delete("articleId = ?1 and number <= ?2", articleId, newest - kept);
    }
}
