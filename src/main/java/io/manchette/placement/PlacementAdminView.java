package io.manchette.placement;

import io.manchette.placement.PlacementInput.CallToAction;
import io.manchette.placement.PlacementInput.ImageInput;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A promotion as editors manage it, with its version. */
@Schema(name = "PlacementAdmin")
public record PlacementAdminView(
        long id,

        @Schema(description = "Send it back in If-Match to change the placement")
        long version,

        String slot,
        String title,
        @Schema(nullable = true) String text,
        CallToAction cta,
        @Schema(nullable = true) ImageInput image,
        Instant startsAt,
        Instant endsAt,
        int priority,
        Instant createdAt,
        Instant updatedAt) {

    public static PlacementAdminView from(Placement p) {
        return new PlacementAdminView(
                p.getId(),
                p.getVersion(),
                p.getSlot(),
                p.getTitle(),
                p.getText(),
                new CallToAction(p.getCtaLabel(), p.getCtaUrl()),
                p.getImageUrl() == null ? null : new ImageInput(p.getImageUrl(), p.getImageAlt()),
                p.getStartsAt(),
                p.getEndsAt(),
                p.getPriority(),
                p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
