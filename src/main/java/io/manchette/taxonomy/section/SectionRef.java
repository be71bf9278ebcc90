package io.manchette.taxonomy.section;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as other resources mention it. */
@Schema(name = "SectionRef")
public record SectionRef(
        @Schema(examples = "europe") String slug,
        @Schema(examples = "Europe") String name,
        @Schema(examples = "monde/europe") String path) {

    public static SectionRef from(Section section) {
        return new SectionRef(section.getSlug(), section.getName(), section.getPath());
    }
}
