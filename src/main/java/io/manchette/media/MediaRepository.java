package io.manchette.media;

import io.manchette.common.db.LikePatterns;
import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every query on the library's items and their renditions. */
@ApplicationScoped
public class MediaRepository implements PanacheRepository<MediaItem> {

    /** The library's filters; null means any. */
    public record Filter(String q, String agency, String uploader, Instant from, Instant to) {}

    /** A rendition already made: where its bytes are. */
    public record Rendition(String storageKey, int sizeBytes) {}

    public Optional<MediaItem> findByDigest(String digest) {
        return find("digest", digest).firstResultOptional();
    }

    /** Newest first (by id), filtered; one extra row tells whether a page follows. */
    public List<MediaItem> list(Filter filter, PageRequest page) {
        var query = new StringBuilder("1 = 1");
        var params = new Parameters();
        if (filter.q() != null) {
            query.append(" and (lower(caption) like :q escape '\\' or lower(credit) like :q escape '\\')");
            params.and("q", LikePatterns.containing(filter.q().toLowerCase(Locale.ROOT)));
        }
        if (filter.agency() != null) {
            query.append(" and lower(source) = :agency");
            params.and("agency", filter.agency().toLowerCase(Locale.ROOT));
        }
        if (filter.uploader() != null) {
            query.append(" and uploadedBy = :uploader");
            params.and("uploader", filter.uploader());
        }
        if (filter.from() != null) {
            query.append(" and createdAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and createdAt < :to");
            params.and("to", filter.to());
        }
        if (page.after() != null) {
            query.append(" and id < :after");
            params.and("after", page.after().id());
        }
        return find(query + " order by id desc", params)
                .range(0, page.fetchSize() - 1)
                .list();
    }

    /** Serialises uploads of the same bytes, so two at once make one item (held to the transaction's end). */
    public void lockDigest(String digest) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:digest, 17))")
                .setParameter("digest", digest)
                .getSingleResult();
    }

    public Optional<Rendition> findRendition(long mediaId, String tag, String preset, String format) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select storage_key, size_bytes from media_renditions"
                        + " where media_id = :id and tag = :tag and preset = :preset and format = :format")
                .setParameter("id", mediaId)
                .setParameter("tag", tag)
                .setParameter("preset", preset)
                .setParameter("format", format)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Rendition((String) r[0], ((Number) r[1]).intValue()));
    }

    public void recordRendition(
            long mediaId,
            String tag,
            String preset,
            String format,
            String key,
            int size,
            int width,
            int height,
            Instant now) {
        getEntityManager()
                .createNativeQuery("insert into media_renditions"
                        + " (media_id, tag, preset, format, storage_key, size_bytes, width, height, created_at)"
                        + " values (:id, :tag, :preset, :format, :key, :size, :width, :height, :now)"
                        + " on conflict do nothing")
                .setParameter("id", mediaId)
                .setParameter("tag", tag)
                .setParameter("preset", preset)
                .setParameter("format", format)
                .setParameter("key", key)
                .setParameter("size", size)
                .setParameter("width", width)
                .setParameter("height", height)
                .setParameter("now", now)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> renditionKeys(long mediaId) {
        return getEntityManager()
                .createNativeQuery("select storage_key from media_renditions where media_id = :id")
                .setParameter("id", mediaId)
                .getResultList();
    }

    /** The items with these ids, in one query. */
    public List<MediaItem> listByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The same, locked {@code for share} to the end of the transaction. */
    public List<MediaItem> listByIdsForShare(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : find("id in ?1", ids).withLock(LockModeType.PESSIMISTIC_READ).list();
    }

    /** The articles that use an item (as their lead image or in their body), in any state, lowest id first. */
    @SuppressWarnings("unchecked")
    public List<Long> listArticlesUsing(long mediaId, int max) {
        return ((List<Number>) getEntityManager()
                        .createNativeQuery("select article_id from article_media where media_id = :id"
                                + " order by article_id limit :max")
                        .setParameter("id", mediaId)
                        .setParameter("max", max)
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    /**
     * The published or scheduled articles that show an item without an alt of their own: as their
     * lead image, or in an image block that writes none. Those need the item's alt.
     */
    @SuppressWarnings("unchecked")
    public List<Long> listLiveArticlesNeedingAlt(long mediaId, int max) {
        return ((List<Number>) getEntityManager()
                        .createNativeQuery("select a.id from article_media am join articles a on a.id = am.article_id"
                                + " where am.media_id = :id and a.status in ('PUBLISHED', 'SCHEDULED')"
                                + " and (a.lead_image_id = :id or exists (select 1 from json_array_elements(a.body) b"
                                + "      where b ->> 'type' = 'image' and b ->> 'media' = cast(:id as text)"
                                + "        and coalesce(btrim(b ->> 'alt'), '') = ''))"
                                + " order by a.id limit :max")
                        .setParameter("id", mediaId)
                        .setParameter("max", max)
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    /**
     * Announces, once, each published article showing a photo whose rights ended by {@code now}
     * (see migration V20261207_3); returns how many.
     */
    public int announceEndedRights(Instant now) {
        return ((Number) getEntityManager()
                        .createNativeQuery("select manchette_announce_ended_rights(:now)")
                        .setParameter("now", now)
                        .getSingleResult())
                .intValue();
    }

    public long countRenditions(long mediaId) {
        return ((Number) getEntityManager()
                        .createNativeQuery("select count(*) from media_renditions where media_id = :id")
                        .setParameter("id", mediaId)
                        .getSingleResult())
                .longValue();
    }
}
