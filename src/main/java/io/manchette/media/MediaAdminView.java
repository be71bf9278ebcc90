package io.manchette.media;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A photo of the library as editors manage it: the original's facts, what was written about it, its renditions. */
@Schema(name = "MediaAdmin")
public record MediaAdminView(
        long id,

        @Schema(description = "Send it back in If-Match to change the metadata")
        long version,

        @Schema(
                description = "The original's type, read from its bytes",
                enumeration = {"image/jpeg", "image/png", "image/webp", "image/gif"})
        String type,

        @Schema(description = "The original's size in bytes")
        long size,

        @Schema(description = "Width as displayed (EXIF orientation applied)")
        int width,

        @Schema(description = "Height as displayed") int height,

        @Schema(description = "SHA-256 of the original's bytes, hexadecimal: an identical upload finds this item")
        String digest,

        @Schema(nullable = true) String alt,
        @Schema(nullable = true) String caption,
        @Schema(nullable = true) String credit,
        @Schema(nullable = true) String source,
        @Schema(nullable = true) Instant rightsUntil,
        double focalX,
        double focalY,

        @Schema(description = "The user name of whoever uploaded it")
        String uploader,

        Instant createdAt,
        Instant updatedAt,
        List<RenditionLink> renditions) {

    static MediaAdminView from(MediaItem item, Renditions renditions) {
        return new MediaAdminView(
                item.getId(),
                item.getVersion(),
                item.getOriginalType(),
                item.getSizeBytes(),
                item.getWidth(),
                item.getHeight(),
                item.getDigest(),
                item.getAlt(),
                item.getCaption(),
                item.getCredit(),
                item.getSource(),
                item.getRightsUntil(),
                item.getFocalX(),
                item.getFocalY(),
                item.getUploadedBy(),
                item.getCreatedAt(),
                item.getUpdatedAt(),
                renditions.links(item));
    }
}
