package io.manchette.job;

import io.manchette.article.body.Block;
import io.manchette.article.body.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job offer as editors, or a partner's feed, write it. */
@Schema(name = "JobInput")
public record JobInput(
        @NotBlank @Size(max = 200) @PlainText @Schema(examples = "Journaliste web (H/F/X)")
        String title,

        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case letters, digits and single hyphens")
        @Size(max = 200)
        @Schema(description = "Derived from the title and employer when absent", nullable = true)
        String slug,

        @NotNull @Valid Employer employer,

        @NotBlank @Size(max = 120) @PlainText @Schema(examples = "Namur")
        String location,

        @NotNull Region region,
        @NotNull Contract contract,

        @Size(max = 10) @Schema(description = "BCP 47 languages the job needs", examples = "[\"fr\", \"nl\"]")
        List<
                        @NotNull
                        @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a BCP 47 language tag")
                        String>
                languages,

        @NotNull @Size(max = 200) @Schema(description = "Typed blocks, as an article body (no related block)")
        List<@NotNull @Valid Block> description,

        @Size(max = 2000)
        @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Schema(description = "Where to apply; applyUrl or applyEmail is required", format = "uri", nullable = true)
        String applyUrl,

        @Size(max = 254) @Email @Schema(format = "email", nullable = true)
        String applyEmail,

        @Schema(description = "When it goes online; now when absent", nullable = true)
        Instant postedAt,

        @NotNull @Schema(description = "When it leaves the public API by itself; after postedAt")
        Instant expiresAt) {

    /** Who hires. */
    @Schema(name = "Employer")
    public record Employer(
            @NotBlank @Size(max = 200) @PlainText @Schema(examples = "Brasserie du Val-Mosan")
            String name,

            @Size(max = 2000)
            @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
            @Schema(
                    description = "The employer's logo by URL until the media library exists (issue 17)",
                    format = "uri",
                    nullable = true)
            String logoUrl) {}
}
