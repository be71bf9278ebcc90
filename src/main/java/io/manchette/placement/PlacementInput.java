package io.manchette.placement;

import io.manchette.article.body.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A promotion as editors write it. */
@Schema(name = "PlacementInput")
public record PlacementInput(
        @NotBlank
        @Size(max = 60)
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case letters, digits and single hyphens")
        @Schema(description = "The slot of the page", examples = "article-footer")
        String slot,

        @NotBlank @Size(max = 200) @PlainText @Schema(examples = "Allez au-delà de l'actualité")
        String title,

        @Size(max = 1000) @PlainText @Schema(nullable = true, examples = "Découvrez tous les changements")
        String text,

        @NotNull @Valid CallToAction cta,

        @Valid
        @Schema(
                description = "An image by URL until the media library exists (issue 17); none when absent",
                nullable = true)
        ImageInput image,

        @NotNull @Schema(description = "Live from this instant (UTC)")
        Instant startsAt,

        @NotNull @Schema(description = "Until this instant, excluded; after startsAt")
        Instant endsAt,

        @Min(-1000) @Max(1000) @Schema(description = "Higher first in the slot; 0 when absent", nullable = true)
        Integer priority) {

    /** The call to action: its button and where it leads. */
    @Schema(name = "CallToAction")
    public record CallToAction(
            @NotBlank @Size(max = 60) @PlainText @Schema(examples = "Découvrir")
            String label,

            @NotBlank
            @Size(max = 2000)
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(format = "uri", examples = "https://www.example.be/nouveautes")
            String url) {}

    /** An image by address, with its text alternative. */
    @Schema(name = "PlacementImage")
    public record ImageInput(
            @NotBlank
            @Size(max = 2000)
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(format = "uri")
            String url,

            @NotNull @Size(max = 300) @PlainText @Schema(description = "Empty for a decorative image")
            String alt) {}
}
