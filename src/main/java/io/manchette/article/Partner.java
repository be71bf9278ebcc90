package io.manchette.article;

import io.manchette.article.body.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whose content an article is: a brand of the house (Références, the jobs and careers brand) or an
 * advertiser. Sponsored content is said plainly: front ends must label it as paid.
 */
@Schema(name = "Partner")
public record Partner(
        @NotBlank @Size(max = 100) @PlainText @Schema(examples = "Références")
        String name,

        @Schema(
                description =
                        "true: paid content, to be labelled as such (\"Contenu sponsorisé\");" + " false when absent")
        boolean sponsored) {}
