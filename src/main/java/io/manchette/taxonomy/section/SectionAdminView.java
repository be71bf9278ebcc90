package io.manchette.taxonomy.section;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as the management API shows it, with its id and version. */
@Schema(name = "SectionAdmin")
public record SectionAdminView(
        long id,

        @Schema(description = "Send it back in If-Match to change the section")
        long version,

        String slug,
        String name,
        String path,

        @Schema(description = "Path of the parent section, null at the top", nullable = true)
        String parent,

        int position,
        @Schema(nullable = true) String description,
        Instant updatedAt) {

    public static SectionAdminView from(Section section) {
        return new SectionAdminView(
                section.getId(),
                section.getVersion(),
                section.getSlug(),
                section.getName(),
                section.getPath(),
                section.getParent() == null ? null : section.getParent().getPath(),
                section.getPosition(),
                section.getDescription(),
                section.getUpdatedAt());
    }
}
