package io.manchette.taxonomy.section;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as editors write it; the parent is named by its path. */
@Schema(name = "SectionInput")
public record SectionInput(
        @NotBlank @Size(max = 120) @Schema(examples = "Europe")
        String name,

        @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower-case letters, digits and single hyphens")
        @Size(max = 120)
        @Schema(description = "Derived from the name when absent", examples = "europe")
        String slug,

        @Size(max = 500)
        @Schema(description = "Path of the parent section; absent for a top-level section", examples = "monde")
        String parent,

        @Min(0) @Schema(description = "Order among siblings, smallest first", examples = "1")
        Integer position,

        @Size(max = 2000) @Schema(examples = "L’actualité des pays européens")
        String description) {}
