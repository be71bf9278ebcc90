package io.manchette.article.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.manchette.taxonomy.section.SectionRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "À lire aussi": a link to another article, written by its slug. The newsroom writes only the
 * slug, which must name an article (current or former slug); the delivery adds the target's current
 * slug, title, URLs and section, and leaves the block out while the target is not published.
 */
@Schema(
        name = "Related",
        description =
                "Written as {\"type\": \"related\", \"slug\": …}; delivered with the target's title, URLs and"
                        + " section (title, url, apiUrl, section are read-only), and left out of the delivered body while the target is not published")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Related(
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be an article's slug")
        @Schema(
                description = "The target's slug; a former slug of a renamed article is followed to the current one",
                examples = "la-bce-releve-ses-taux")
        String slug,

        @Schema(description = "Delivered: the target's title", readOnly = true)
        String title,

        @Schema(description = "Delivered: the target's page on the public site", format = "uri", readOnly = true)
        String url,

        @Schema(
                description = "Delivered: the target in this API",
                format = "uri-reference",
                readOnly = true,
                examples = "/api/articles/la-bce-releve-ses-taux")
        String apiUrl,

        @Schema(description = "Delivered: the target's section", readOnly = true)
        SectionRef section)
        implements Block {

    /** The block as stored: the slug alone, whatever else a client sent back. */
    public static Related to(String slug) {
        return new Related(slug, null, null, null, null);
    }

    @Override
    public Stream<String> readableText() {
        return Stream.empty();
    }
}
