package io.manchette.media;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One preset of a photo: its crop, its size, and its URLs in each format. */
@Schema(name = "MediaRendition")
public record RenditionLink(
        String preset,
        @Schema(description = "16:9, 4:3, 1:1… or original") String crop,
        int width,
        int height,
        @Schema(description = "The JPEG rendition's URL") String jpeg,
        @Schema(description = "The WebP rendition's URL") String webp) {}
