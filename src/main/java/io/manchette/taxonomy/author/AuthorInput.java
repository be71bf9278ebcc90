package io.manchette.taxonomy.author;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as editors write it. */
@Schema(name = "AuthorInput")
public record AuthorInput(
        @NotBlank @Size(max = 120) @Schema(examples = "Claire Dumont")
        String name,

        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case letters, digits and single hyphens")
        @Size(max = 120)
        @Schema(description = "Derived from the name when absent", examples = "claire-dumont")
        String slug,

        @Size(max = 2000) @Schema(examples = "Correspondante à Bruxelles depuis 2019.")
        String bio) {}
