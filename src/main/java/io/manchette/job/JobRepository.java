package io.manchette.job;

import io.manchette.common.db.LikePatterns;
import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every query on job offers. */
@ApplicationScoped
public class JobRepository implements PanacheRepository<JobOffer> {

    /** What a public list is narrowed to; null criteria do not narrow it. */
    public record Filter(Region region, Contract contract, String q) {}

    /** Live offers at {@code now}, newest posted first, keyset on (postedAt, id). */
    public List<JobOffer> listLiveNewestFirst(Filter filter, Instant now, PageRequest page) {
        var query = new StringBuilder("postedAt <= :now and expiresAt > :now");
        var params = Parameters.with("now", now);
        if (filter.region() != null) {
            query.append(" and region = :region");
            params.and("region", filter.region());
        }
        if (filter.contract() != null) {
            query.append(" and contract = :contract");
            params.and("contract", filter.contract());
        }
        if (filter.q() != null) {
            query.append(
                    " and (lower(title) like lower(:q) escape '\\' or lower(employerName) like lower(:q) escape '\\'"
                            + " or lower(location) like lower(:q) escape '\\')");
            params.and("q", LikePatterns.containing(filter.q()));
        }
        if (page.after() != null) {
            query.append(" and (postedAt < :at or (postedAt = :at and id < :id))");
            params.and("at", page.after().instant()).and("id", page.after().id());
        }
        return find(query + " order by postedAt desc, id desc", params)
                .range(0, page.fetchSize() - 1)
                .list();
    }

    /**
     * The next instant after {@code now} at which the live offers change without a write: the
     * soonest expiry of a live offer or posting of a future one, whatever the filters (sooner is
     * always safe).
     */
    public Optional<Instant> findNextChange(Instant now) {
        Instant expiry = getEntityManager()
                .createQuery("select min(j.expiresAt) from JobOffer j where j.expiresAt > ?1", Instant.class)
                .setParameter(1, now)
                .getSingleResult();
        Instant posting = getEntityManager()
                .createQuery("select min(j.postedAt) from JobOffer j where j.postedAt > ?1", Instant.class)
                .setParameter(1, now)
                .getSingleResult();
        if (posting == null) {
            return Optional.ofNullable(expiry);
        }
        return Optional.of(expiry == null || posting.isBefore(expiry) ? posting : expiry);
    }

    public Optional<JobOffer> findLiveBySlug(String slug, Instant now) {
        return find("slug = ?1 and postedAt <= ?2 and expiresAt > ?2", slug, now)
                .firstResultOptional();
    }

    public Optional<JobOffer> findBySource(String source, String externalId) {
        return find("source = ?1 and externalId = ?2", source, externalId).firstResultOptional();
    }

    public boolean isSlugTaken(String slug) {
        return count("slug = ?1", slug) > 0;
    }

    /** For editors: every offer, newest id first. */
    public List<JobOffer> listNewestIdFirst(PageRequest page) {
        if (page.after() == null) {
            return find("order by id desc").range(0, page.fetchSize() - 1).list();
        }
        return find("id < ?1 order by id desc", page.after().id())
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
