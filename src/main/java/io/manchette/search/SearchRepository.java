package io.manchette.search;

import io.manchette.common.db.LikePatterns;
import io.manchette.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search queries, in native SQL: PostgreSQL's full-text operators have no JPQL form. A page is
 * one query: matches ranked by relevance then recency, cut by a keyset on (rank, date, id), and
 * only the rows kept get a highlight.
 */
@ApplicationScoped
public class SearchRepository {

    /** Highlights are HTML: the text is escaped first, so {@code <mark>} is the only markup. */
    private static final String HIGHLIGHT_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=8, FragmentDelimiter=\" … \"";

    private final EntityManager em;

    SearchRepository(EntityManager em) {
        this.em = em;
    }

    /** Whether the query has anything to search once stop words and punctuation are gone. */
    public boolean isMeaningful(String query) {
        Number nodes = (Number) em.createNativeQuery("select numnode(websearch_to_tsquery('manchette_french', ?1))")
                .setParameter(1, query)
                .getSingleResult();
        return nodes.intValue() > 0;
    }

    @SuppressWarnings("unchecked")
    public List<SearchHit> search(SearchCriteria criteria, PageRequest page) {
        var where = new StringBuilder("a.search_vector @@ q.query");
        Map<String, Object> params = new HashMap<>();
        params.put("q", criteria.query());
        var filter = criteria.filter();
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.sectionPath() != null) {
            where.append(" and exists (select 1 from sections s where s.id = a.section_id"
                    + " and (s.path = :section or s.path like :below escape '\\'))");
            params.put("section", filter.sectionPath());
            params.put("below", LikePatterns.below(filter.sectionPath()));
        }
        if (filter.author() != null) {
            where.append(" and exists (select 1 from article_authors aa join authors au on au.id = aa.author_id"
                    + " where aa.article_id = a.id and au.slug = :author)");
            params.put("author", filter.author());
        }
        if (filter.reference() != null) {
            where.append(" and a.reference = :reference");
            params.put("reference", filter.reference());
        }
        if (filter.language() != null) {
            where.append(" and a.language = :language");
            params.put("language", filter.language());
        }
        if (filter.tag() != null) {
            where.append(" and exists (select 1 from article_tags atg join tags t on t.id = atg.tag_id"
                    + " where atg.article_id = a.id and t.slug = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.photosPastRightsAt() != null) {
            where.append(" and exists (select 1 from article_media am join media_items m on m.id = am.media_id"
                    + " where am.article_id = a.id and m.rights_until <= :pastRightsAt)");
            params.put("pastRightsAt", Timestamp.from(filter.photosPastRightsAt()));
        }
        if (criteria.from() != null) {
            where.append(" and a.published_at >= :from");
            params.put("from", Timestamp.from(criteria.from()));
        }
        if (criteria.to() != null) {
            where.append(" and a.published_at < :to");
            params.put("to", Timestamp.from(criteria.to()));
        }
        String keyset = "";
        if (page.after() != null) {
            keyset =
                    " where (m.rank, m.at, m.id) < (cast(:afterRank as real), cast(:afterAt as timestamptz), :afterId)";
            params.put("afterRank", page.after().rank());
            params.put("afterAt", Timestamp.from(page.after().instant()));
            params.put("afterId", page.after().id());
        }
        String sql = """
                with q as (select websearch_to_tsquery('manchette_french', :q) as query)
                select p.id, p.rank, p.at,
                       ts_headline('manchette_french', p.text, q.query, '%s') as highlight
                  from (select m.* from (
                            select a.id,
                                   ts_rank_cd(a.search_vector, q.query)::real as rank,
                                   coalesce(a.published_at, a.created_at) as at,
                                   replace(replace(replace(
                                       concat_ws(' ', a.lead, manchette_body_text(a.body)),
                                       '&', '&amp;'), '<', '&lt;'), '>', '&gt;') as text
                              from articles a, q
                             where %s) m%s
                         order by m.rank desc, m.at desc, m.id desc
                         limit :limit) p, q
                 order by p.rank desc, p.at desc, p.id desc
                """.formatted(HIGHLIGHT_OPTIONS, where, keyset);
        params.put("limit", page.fetchSize());
        var query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new SearchHit(
                        ((Number) row[0]).longValue(), ((Number) row[1]).floatValue(), instant(row[2]), (String)
                                row[3]))
                .toList();
    }

    /** Published titles close to what was typed: a prefix or a small typo, best match first. */
    @SuppressWarnings("unchecked")
    public List<Suggestion> suggest(String prefix, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        select a.slug, a.title from articles a
                         where a.status = 'PUBLISHED'
                           and manchette_unaccent(lower(:q)) <% manchette_unaccent(lower(a.title))
                         order by word_similarity(manchette_unaccent(lower(:q)), manchette_unaccent(lower(a.title))) desc,
                                  a.published_at desc, a.id desc
                         limit :limit""")
                .setParameter("q", prefix)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(row -> new Suggestion((String) row[0], (String) row[1]))
                .toList();
    }

    /** The query plan of a search, for checking that the GIN index serves it. */
    @SuppressWarnings("unchecked")
    public List<String> explain(String query) {
        return em.createNativeQuery("explain select id from articles"
                        + " where search_vector @@ websearch_to_tsquery('manchette_french', ?1)")
                .setParameter(1, query)
                .getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
