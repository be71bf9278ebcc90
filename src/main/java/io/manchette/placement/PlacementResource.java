package io.manchette.placement;

import io.manchette.common.error.NotFound;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** What a slot of the page shows now, for front ends. */
@Path("/api/placements")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Placements")
public class PlacementResource {

    private final PlacementRepository placements;
    private final PublicAnswers answers;
    private final Clock clock;

    PlacementResource(PlacementRepository placements, PublicAnswers answers, Clock clock) {
        this.placements = placements;
        this.answers = answers;
        this.clock = clock;
    }

    @GET
    @Path("{slot}")
    @Operation(
            summary = "The promotions a slot shows now, highest priority first",
            description = "Cached until the next start or end in the slot (Cache-Control's max-age never goes past"
                    + " it) or an edit; 404 for a slot that holds no placement at all.")
    @APIResponseSchema(PlacementView.Slot.class)
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestResponse<Payload> getPlacements(@RestPath String slot, Request request) {
        if (!placements.isSlotKnown(slot)) {
            throw new NotFound("Slot", slot);
        }
        Instant now = clock.instant();
        var live =
                placements.listLive(slot, now).stream().map(PlacementView::from).toList();
        Instant next = placements.findNextChange(slot, now).orElse(null);
        return answers.json(
                request,
                new PlacementView.Slot(slot, live, next),
                CacheKeys.of().placements(slot),
                next);
    }
}
