package io.manchette.article;

import io.manchette.article.body.Block;
import io.manchette.article.body.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as editors write it; relations are named by slug or path so it can be typed by hand. */
@Schema(name = "ArticleInput")
public record ArticleInput(
        @Size(max = 60)
        @PlainText
        @Pattern(regexp = "^\\S(.*\\S)?$", message = "must not be blank or start or end with spaces")
        @Schema(
                description = "The kicker (surtitre) above the headline; optional",
                examples = "Analyse",
                nullable = true)
        String kicker,

        @NotBlank @Size(max = 300) @PlainText @Schema(examples = "Kazakhstan : l’armée reprend l’aéroport d’Almaty")
        String title,

        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case letters, digits and single hyphens")
        @Size(max = 200)
        @Schema(nullable = true, description = "Derived from the title when absent (a numeric suffix when taken)")
        String slug,

        @Size(max = 2000) @PlainText @Schema(nullable = true, description = "The standfirst (chapeau)")
        String lead,

        @Schema(
                nullable = true,
                description = "The lead photo: the id of a media item (/api/admin/media); readers get it as"
                        + " leadImage on the page and in every teaser",
                examples = "12")
        Long leadImage,

        @NotNull @Size(max = 500) List<@NotNull @Valid Block> body,

        @NotBlank @Size(max = 500) @Schema(description = "Path of the section", examples = "monde/europe")
        String section,

        @Size(max = 30) @Schema(examples = "[\"kazakhstan\"]")
        List<@NotBlank String> tags,

        @Size(max = 20) @Schema(examples = "[\"claire-dumont\"]")
        List<@NotBlank String> authors,

        @Pattern(
                regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
                message = "must be a BCP 47 language tag such as fr or fr-BE")
        @Schema(nullable = true, description = "BCP 47; fr when absent", examples = "fr")
        String language,

        @Schema(nullable = true, description = "An evergreen reference article; false when absent")
        Boolean reference,

        @Schema(nullable = true, description = "Whether readers may comment; true when absent")
        Boolean commentsOpen,

        @Valid SeoInput seo,

        @Valid @Schema(description = "A partner's content (Références…); none when absent", nullable = true)
        Partner partner) {

    /** The same article with another lead photo. */
    public ArticleInput withLeadImage(Long media) {
        return new ArticleInput(
                kicker,
                title,
                slug,
                lead,
                media,
                body,
                section,
                tags,
                authors,
                language,
                reference,
                commentsOpen,
                seo,
                partner);
    }

    /** Search-engine overrides; each falls back to the title or lead when absent. */
    @Schema(name = "SeoInput")
    public record SeoInput(
            @Size(max = 300) @PlainText @Schema(nullable = true)
            String title,

            @Size(max = 500) @PlainText @Schema(nullable = true)
            String description,

            @Size(max = 2000)
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(nullable = true)
            String canonicalUrl) {}
}
