package io.manchette.placement;

import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every query on placements. */
@ApplicationScoped
public class PlacementRepository implements PanacheRepository<Placement> {

    /** What the slot shows at {@code now}: highest priority first, then the newest start. */
    public List<Placement> listLive(String slot, Instant now) {
        return list(
                "slot = ?1 and startsAt <= ?2 and endsAt > ?2 order by priority desc, startsAt desc, id desc",
                slot,
                now);
    }

    /** The next instant after {@code now} at which the slot's live promotions change. */
    public Optional<Instant> findNextChange(String slot, Instant now) {
        Instant start = getEntityManager()
                .createQuery(
                        "select min(p.startsAt) from Placement p where p.slot = ?1 and p.startsAt > ?2", Instant.class)
                .setParameter(1, slot)
                .setParameter(2, now)
                .getSingleResult();
        Instant end = getEntityManager()
                .createQuery("select min(p.endsAt) from Placement p where p.slot = ?1 and p.endsAt > ?2", Instant.class)
                .setParameter(1, slot)
                .setParameter(2, now)
                .getSingleResult();
        if (start == null) {
            return Optional.ofNullable(end);
        }
        return Optional.of(end == null || start.isBefore(end) ? start : end);
    }

    public boolean isSlotKnown(String slot) {
        return count("slot = ?1", slot) > 0;
    }

    /** For editors: every placement, or one slot's, by id. */
    public List<Placement> listById(String slot, PageRequest page) {
        var query = new StringBuilder("1 = 1");
        var params = new Parameters();
        if (slot != null) {
            query.append(" and slot = :slot");
            params.and("slot", slot);
        }
        if (page.after() != null) {
            query.append(" and id > :id");
            params.and("id", page.after().id());
        }
        return find(query + " order by id", params)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
