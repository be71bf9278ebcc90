package io.manchette.placement;

import io.manchette.audit.Edits;
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
    private final Edits edits;

    PlacementService(PlacementRepository placements, Edits edits) {
        this.placements = placements;
        this.edits = edits;
    }

    public Placement get(long id) {
        return placements.findByIdOptional(id).orElseThrow(() -> new NotFound("Placement", id));
    }

    @Transactional
    public Placement create(PlacementInput input) {
        requirePeriod(input);
        var placement = new Placement();
        placement.write(input);
        edits.create("placement.create", placement, placements::persist, Placement::getSlot);
        LOG.infof("Placement %d created in slot %s", placement.getId(), input.slot());
        return placement;
    }

    @Transactional
    public Placement update(long id, IfMatch ifMatch, PlacementInput input) {
        return edits.change(
                "placement.update",
                get(id),
                ifMatch,
                placement -> {
                    requirePeriod(input);
                    placement.write(input);
                },
                Placement::getSlot);
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        edits.delete("placement.delete", get(id), ifMatch, placements::delete, Placement::getSlot);
    }

    private static void requirePeriod(PlacementInput input) {
        if (!input.endsAt().isAfter(input.startsAt())) {
            throw new InvalidInput("endsAt", "must come after startsAt");
        }
    }
}
