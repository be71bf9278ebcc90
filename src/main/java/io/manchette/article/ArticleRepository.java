package io.manchette.article;

import io.manchette.common.db.LikePatterns;
import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every query on articles. Lists fetch their section in the same query: one query per page. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    /**
     * Hibernate 6+ returns each article once despite the collection fetches (no distinct: json has
     * no equality), and these are read with singleResultOptional: a row limit would make Hibernate
     * apply it in memory.
     */
    private static final String WITH_RELATIONS =
            "select a from Article a join fetch a.section" + " left join fetch a.tags left join fetch a.authors";

    public Optional<Article> findPublishedBySlug(String slug) {
        return find(WITH_RELATIONS + " where a.slug = ?1 and a.status = ?2", slug, ArticleStatus.PUBLISHED)
                .singleResultOptional();
    }

    /** The published article alone, without its relations: for checks such as posting a comment. */
    public Optional<Article> findPublished(String slug) {
        return find("slug = ?1 and status = ?2", slug, ArticleStatus.PUBLISHED).firstResultOptional();
    }

    public Optional<Article> findWithRelations(long id) {
        return find(WITH_RELATIONS + " where a.id = ?1", id).singleResultOptional();
    }

    /** Published articles, newest first, keyset on (publishedAt, id). */
    public List<Article> listPublishedNewestFirst(ArticleFilter filter, PageRequest page) {
        var query = new StringBuilder("select a from Article a join fetch a.section s where a.status = :status");
        var params = Parameters.with("status", ArticleStatus.PUBLISHED);
        narrow(filter, query, params);
        if (page.after() != null) {
            query.append(" and (a.publishedAt < :at or (a.publishedAt = :at and a.id < :id))");
            params.and("at", page.after().instant()).and("id", page.after().id());
        }
        query.append(" order by a.publishedAt desc, a.id desc");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }

    /** Articles in any state for the newsroom, newest created first, keyset on (createdAt, id). */
    public List<Article> listNewestCreatedFirst(ArticleFilter filter, PageRequest page) {
        var query = new StringBuilder("select a from Article a join fetch a.section s where 1 = 1");
        var params = new Parameters();
        if (filter.status() != null) {
            query.append(" and a.status = :status");
            params.and("status", filter.status());
        }
        narrow(filter, query, params);
        if (page.after() != null) {
            query.append(" and (a.createdAt < :at or (a.createdAt = :at and a.id < :id))");
            params.and("at", page.after().instant()).and("id", page.after().id());
        }
        query.append(" order by a.createdAt desc, a.id desc");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }

    /**
     * "Aussi en …": published articles of the same section, then those sharing a tag, newest first
     * within each group, never the article itself; one query whatever the limit.
     */
    public List<Article> listRelated(Article article, int limit) {
        var query = new StringBuilder("select a from Article a join fetch a.section s"
                + " where a.status = :status and a.id <> :self and (s.id = :section");
        var params = Parameters.with("status", ArticleStatus.PUBLISHED)
                .and("self", article.getId())
                .and("section", article.getSection().getId());
        if (!article.getTags().isEmpty()) {
            query.append(" or exists (select 1 from a.tags t where t in :tags)");
            params.and("tags", article.getTags());
        }
        query.append(") order by case when s.id = :section then 0 else 1 end, a.publishedAt desc, a.id desc");
        return find(query.toString(), params).range(0, limit - 1).list();
    }

    /**
     * Published articles as page entries, newest first, from {@code since} (null: all), in one
     * query with no entity loaded: sitemaps list many of them.
     */
    public List<PageEntry> listPageEntries(String sectionPath, Instant since, int max) {
        var query = new StringBuilder("select new io.manchette.article.PageEntry(a.slug, a.title, a.lead, s.path,"
                + " s.name, a.language, a.publishedAt, a.updatedAt) from Article a join a.section s"
                + " where a.status = :status");
        var params = Parameters.with("status", ArticleStatus.PUBLISHED);
        if (sectionPath != null) {
            query.append(" and (s.path = :section or s.path like :below escape '\\')");
            params.and("section", sectionPath).and("below", LikePatterns.below(sectionPath));
        }
        if (since != null) {
            query.append(" and a.publishedAt >= :since");
            params.and("since", since);
        }
        query.append(" order by a.publishedAt desc, a.id desc");
        var typed = getEntityManager()
                .createQuery(query.toString(), PageEntry.class)
                .setMaxResults(max);
        params.map().forEach(typed::setParameter);
        return typed.getResultList();
    }

    /** Articles with their section, in any order: callers put them in the order they need. */
    public List<Article> listWithSection(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("select a from Article a join fetch a.section where a.id in ?1", ids);
    }

    public List<Article> listBySlugs(java.util.Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    /**
     * The slugs taken among {@code base} and {@code base-N}, current or retired, to pick a free
     * suffix: a slug never passes from one article to another.
     */
    @SuppressWarnings("unchecked")
    public List<String> listSlugsLike(String base) {
        return getEntityManager()
                .createNativeQuery("select slug from articles where slug = ?1 or slug like ?2 escape '\\'"
                        + " union select slug from article_slugs where slug = ?1 or slug like ?2 escape '\\'")
                .setParameter(1, base)
                .setParameter(2, LikePatterns.startingWith(base + "-"))
                .getResultList();
    }

    /** Whether another article has the slug, now or in its history. */
    public boolean isSlugTaken(String slug, Long exceptId) {
        long self = exceptId == null ? -1 : exceptId;
        return (Boolean) getEntityManager()
                .createNativeQuery("select exists(select 1 from articles where slug = ?1 and id <> ?2)"
                        + " or exists(select 1 from article_slugs where slug = ?1 and article_id <> ?2)")
                .setParameter(1, slug)
                .setParameter(2, self)
                .getSingleResult();
    }

    /** Keeps an article's former slug, and frees one it takes back. */
    public void retireSlug(long articleId, String oldSlug, String newSlug) {
        getEntityManager()
                .createNativeQuery("delete from article_slugs where slug = ?1 and article_id = ?2")
                .setParameter(1, newSlug)
                .setParameter(2, articleId)
                .executeUpdate();
        getEntityManager()
                .createNativeQuery(
                        "insert into article_slugs (slug, article_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, oldSlug)
                .setParameter(2, articleId)
                .executeUpdate();
    }

    public boolean hasPublishedOfPartner(String partner) {
        return count("partnerName = ?1 and status = ?2", partner, ArticleStatus.PUBLISHED) > 0;
    }

    /** Which of these slugs name an article, now or in its history (in any state). */
    @SuppressWarnings("unchecked")
    public java.util.Set<String> listKnownSlugs(java.util.Collection<String> slugs) {
        List<String> found = getEntityManager()
                .createNativeQuery("select slug from articles where slug = any(cast(?1 as text[]))"
                        + " union select slug from article_slugs where slug = any(cast(?1 as text[]))")
                .setParameter(1, slugs.toArray(String[]::new))
                .getResultList();
        return java.util.Set.copyOf(found);
    }

    /**
     * The articles these slugs name, current or former, in any state, each with its section: by the
     * slug asked for. Two queries whatever the number of slugs.
     */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Article> findBySlugsOrFormerSlugs(java.util.Collection<String> slugs) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select slug, id from articles where slug = any(cast(?1 as text[]))"
                        + " union all select slug, article_id from article_slugs where slug = any(cast(?1 as text[]))")
                .setParameter(1, slugs.toArray(String[]::new))
                .getResultList();
        var idBySlug = new java.util.HashMap<String, Long>();
        rows.forEach(row -> idBySlug.putIfAbsent((String) row[0], ((Number) row[1]).longValue()));
        var byId = new java.util.HashMap<Long, Article>();
        listWithSection(java.util.Set.copyOf(idBySlug.values())).forEach(a -> byId.put(a.getId(), a));
        var bySlug = new java.util.HashMap<String, Article>();
        idBySlug.forEach((slug, id) -> {
            Article article = byId.get(id);
            if (article != null) {
                bySlug.put(slug, article);
            }
        });
        return bySlug;
    }

    /** The current slug of the published article that used to answer at {@code oldSlug}. */
    @SuppressWarnings("unchecked")
    public Optional<String> findCurrentSlugOfPublished(String oldSlug) {
        List<String> slugs = getEntityManager()
                .createNativeQuery("select a.slug from article_slugs s join articles a on a.id = s.article_id"
                        + " where s.slug = ?1 and a.status = 'PUBLISHED'")
                .setParameter(1, oldSlug)
                .getResultList();
        return slugs.stream().findFirst();
    }

    /** Ids of articles due to go live (or off), oldest due first; failures wait {@code retryAfter}. */
    @SuppressWarnings("unchecked")
    public List<Long> listDue(Instant now, Instant retryBefore, int max) {
        List<Number> ids = getEntityManager()
                .createNativeQuery("select id from (select id, publish_at due from articles where status = 'SCHEDULED'"
                        + " and publish_at <= ?1 and (last_error_at is null or last_error_at < ?2)"
                        + " union all select id, unpublish_at from articles where status = 'PUBLISHED'"
                        + " and unpublish_at <= ?1) d order by due, id limit ?3")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, java.sql.Timestamp.from(retryBefore))
                .setParameter(3, max)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** When the longest-waiting article that is due (to go live or off) became due; empty when none is. */
    public Optional<Instant> findOldestDue(Instant now) {
        Object oldest = getEntityManager()
                .createNativeQuery("select min(due) from (select min(publish_at) due from articles"
                        + " where status = 'SCHEDULED' and publish_at <= ?1 union all select min(unpublish_at)"
                        + " from articles where status = 'PUBLISHED' and unpublish_at <= ?1) d")
                .setParameter(1, java.sql.Timestamp.from(now))
                .getSingleResult();
        return Optional.ofNullable(oldest).map(ArticleRepository::instant);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /**
     * Locks the article if it is still due, skipping it when another instance holds it: the row
     * lock and the state check in one statement are what make a publication happen once.
     */
    public Optional<Article> lockIfDue(long id, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> locked = getEntityManager()
                .createNativeQuery(
                        "select id from articles where id = ?1 and ((status = 'SCHEDULED' and publish_at <= ?2)"
                                + " or (status = 'PUBLISHED' and unpublish_at <= ?2)) for update skip locked")
                .setParameter(1, id)
                .setParameter(2, java.sql.Timestamp.from(now))
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    /** What the scheduler will do next: scheduled articles and published ones with an end, soonest first. */
    public List<Article> listScheduleSoonestFirst(PageRequest page) {
        String due = "case when a.status = :scheduled then a.publishAt else a.unpublishAt end";
        var query = new StringBuilder("select a from Article a join fetch a.section where (a.status = :scheduled"
                + " or (a.status = :published and a.unpublishAt is not null))");
        var params = Parameters.with("scheduled", ArticleStatus.SCHEDULED).and("published", ArticleStatus.PUBLISHED);
        if (page.after() != null) {
            query.append(" and (" + due + " > :at or (" + due + " = :at and a.id > :id))");
            params.and("at", page.after().instant()).and("id", page.after().id());
        }
        query.append(" order by " + due + ", a.id");
        return find(query.toString(), params).range(0, page.fetchSize() - 1).list();
    }

    private static void narrow(ArticleFilter filter, StringBuilder query, Parameters params) {
        if (filter.sectionPath() != null) {
            query.append(" and (s.path = :section or s.path like :below escape '\\')");
            params.and("section", filter.sectionPath()).and("below", LikePatterns.below(filter.sectionPath()));
        }
        if (filter.tag() != null) {
            query.append(" and exists (select 1 from a.tags t where t.slug = :tag)");
            params.and("tag", filter.tag());
        }
        if (filter.author() != null) {
            query.append(" and exists (select 1 from a.authors au where au.slug = :author)");
            params.and("author", filter.author());
        }
        if (filter.reference() != null) {
            query.append(" and a.reference = :reference");
            params.and("reference", filter.reference());
        }
        if (filter.language() != null) {
            query.append(" and a.language = :language");
            params.and("language", filter.language());
        }
        if (filter.partner() != null) {
            query.append(" and a.partnerName = :partner");
            params.and("partner", filter.partner());
        }
        if (filter.photosPastRightsAt() != null) {
            query.append(" and exists (select 1 from MediaItem m where m.id member of a.mediaIds"
                    + " and m.rightsUntil <= :pastRightsAt)");
            params.and("pastRightsAt", filter.photosPastRightsAt());
        }
    }

    /**
     * For each of these articles that uses a photo whose rights have passed at {@code now}: those
     * photos' ids, lowest first. Articles without any are left out.
     */
    public Map<Long, List<Long>> listPhotosPastRights(Collection<Long> articleIds, Instant now) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select am.article_id, am.media_id from article_media am"
                        + " join media_items m on m.id = am.media_id"
                        + " where am.article_id in (?1) and m.rights_until <= ?2"
                        + " order by am.article_id, am.media_id")
                .setParameter(1, articleIds)
                .setParameter(2, now)
                .getResultList();
        Map<Long, List<Long>> past = new HashMap<>();
        for (Object[] row : rows) {
            past.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(((Number) row[1]).longValue());
        }
        return past;
    }
}
