package io.manchette.media;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What editors write about a photo, at upload (form fields) or later ({@code PUT}, JSON). A field
 * left out is empty; the focal point defaults to the centre.
 */
@Schema(name = "MediaMetadata")
public record MediaMetadata(
        @Schema(
                nullable = true,
                description = "Text alternative for readers who cannot see the image; needed to publish")
        @Size(max = 500)
        String alt,

        @Schema(nullable = true, description = "Caption shown under the photo") @Size(max = 2000)
        String caption,

        @Schema(nullable = true, description = "Credit line: « Photo : Belga / Jean Dupont »") @Size(max = 200)
        String credit,

        @Schema(nullable = true, description = "The agency or source: Belga, AFP, Reuters…") @Size(max = 100)
        String source,

        @Schema(
                nullable = true,
                description = "When the rights end: from then on readers no longer get the photo (and the"
                        + " newsroom's list flags the articles that use it)")
        Instant rightsUntil,

        @Schema(nullable = true, description = "Focal point, from the left edge: 0 to 1 (0.5 by default)")
        @DecimalMin("0")
        @DecimalMax("1")
        Double focalX,

        @Schema(nullable = true, description = "Focal point, from the top edge: 0 to 1 (0.5 by default)")
        @DecimalMin("0")
        @DecimalMax("1")
        Double focalY) {}
