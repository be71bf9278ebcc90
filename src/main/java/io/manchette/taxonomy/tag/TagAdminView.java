package io.manchette.taxonomy.tag;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as the management API shows it, with its id and version. */
@Schema(name = "TagAdmin")
public record TagAdminView(long id, long version, String slug, String name, Instant updatedAt) {

    public static TagAdminView from(Tag tag) {
        return new TagAdminView(tag.getId(), tag.getVersion(), tag.getSlug(), tag.getName(), tag.getUpdatedAt());
    }
}
