package io.manchette.media;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A photo as readers get it (an article's lead image, an image block): text, the original's
 * displayed size, a default {@code src} (JPEG) and, per crop and format, a {@code srcset}
 * ("url 640w, url 1600w").
 */
@Schema(
        name = "Photo",
        description = "A photo of the media library as readers get it",
        // Written in place where it is nullable (see NullableReferences), so it says its own.
        requiredProperties = {"id", "alt", "caption", "credit", "width", "height", "src", "srcset", "renditions"})
public record MediaDelivery(
        @Schema(description = "The media item's id") long id,

        @Schema(
                nullable = true,
                description = "The text alternative; null only in an image block that writes its own",
                examples = "Des soldats devant le terminal")
        String alt,

        @Schema(nullable = true) String caption,

        @Schema(nullable = true, examples = "Photo : Agence Exemple")
        String credit,

        @Schema(description = "The original's width as displayed")
        int width,

        @Schema(description = "The original's height as displayed")
        int height,

        @Schema(description = "The largest JPEG of the uncropped presets", examples = "/media/12-k3x9q/article.jpg")
        String src,

        @Schema(
                description = "Per crop (16:9, 4:3, 1:1, original), per format (jpeg, webp): an HTML srcset",
                examples = "{\"16:9\": {\"jpeg\": \"/media/12-k3x9q/card.jpg 640w, /media/12-k3x9q/wide.jpg 1600w\","
                        + " \"webp\": \"/media/12-k3x9q/card.webp 640w, /media/12-k3x9q/wide.webp 1600w\"}}")
        Map<String, Map<String, String>> srcset,

        List<RenditionLink> renditions) {

    /** The same photo with the text an article writes around it, where it writes any (not blank). */
    public MediaDelivery describedAs(String alt, String caption, String credit) {
        return new MediaDelivery(
                id,
                written(alt, this.alt),
                written(caption, this.caption),
                written(credit, this.credit),
                width,
                height,
                src,
                srcset,
                renditions);
    }

    private static String written(String own, String photo) {
        return own != null && !own.isBlank() ? own : photo;
    }
}
