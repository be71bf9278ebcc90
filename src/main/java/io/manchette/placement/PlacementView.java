package io.manchette.placement;

import io.manchette.placement.PlacementInput.CallToAction;
import io.manchette.placement.PlacementInput.ImageInput;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live promotion as front ends render it. */
@Schema(name = "Placement")
public record PlacementView(
        String title,
        @Schema(nullable = true) String text,
        CallToAction cta,
        @Schema(nullable = true) ImageInput image,
        Instant startsAt,
        Instant endsAt,
        int priority) {

    public static PlacementView from(Placement p) {
        return new PlacementView(
                p.getTitle(),
                p.getText(),
                new CallToAction(p.getCtaLabel(), p.getCtaUrl()),
                p.getImageUrl() == null ? null : new ImageInput(p.getImageUrl(), p.getImageAlt()),
                p.getStartsAt(),
                p.getEndsAt(),
                p.getPriority());
    }

    /** What a slot shows now, highest priority first. */
    @Schema(name = "Slot")
    public record Slot(
            @Schema(examples = "article-footer") String slot,
            List<PlacementView> items,

            @Schema(
                    description = "The next start or end in this slot: the answer changes then, without any edit",
                    nullable = true)
            Instant nextChangeAt) {}
}
