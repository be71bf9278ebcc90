package io.manchette.placement;

import io.manchette.audit.AuditLog;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Placement writes: a period must end after it starts; every change is audited. */
@ApplicationScoped
public class PlacementService {

    private static final Logger LOG = Logger.getLogger(PlacementService.class);

    private final PlacementRepository placements;
    private final AuditLog audit;

    PlacementService(PlacementRepository placements, AuditLog audit) {
        this.placements = placements;
        this.audit = audit;
    }

    public Placement get(long id) {
        return placements.findByIdOptional(id).orElseThrow(() -> new NotFound("Placement", id));
    }

    @Transactional
    public Placement create(PlacementInput input) {
        requirePeriod(input);
        var placement = new Placement();
        placement.write(input);
        placements.persist(placement);
        placements.flush();
        audit.record("placement.create", "placement", placement.getId(), null, placement.getVersion(), input.slot());
        LOG.infof("Placement %d created in slot %s", placement.getId(), input.slot());
        return placement;
    }

    @Transactional
    public Placement update(long id, IfMatch ifMatch, PlacementInput input) {
        Placement placement = get(id);
        ifMatch.check(placement.getVersion());
        requirePeriod(input);
        long before = placement.getVersion();
        placement.write(input);
        placements.flush();
        audit.record("placement.update", "placement", id, before, placement.getVersion(), input.slot());
        return placement;
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        Placement placement = get(id);
        ifMatch.check(placement.getVersion());
        placements.delete(placement);
        audit.record("placement.delete", "placement", id, placement.getVersion(), null, placement.getSlot());
    }

    private static void requirePeriod(PlacementInput input) {
        if (!input.endsAt().isAfter(input.startsAt())) {
            throw new InvalidInput("endsAt", "must come after startsAt");
        }
    }
}
