package io.manchette.taxonomy.tag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as editors write it. */
@Schema(name = "TagInput")
public record TagInput(
        @NotBlank @Size(max = 120) @Schema(examples = "Kazakhstan")
        String name,

        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case letters, digits and single hyphens")
        @Size(max = 120)
        @Schema(description = "Derived from the name when absent", examples = "kazakhstan")
        String slug) {}
