package io.manchette.taxonomy.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag for delivery. */
@Schema(name = "Tag")
public record TagView(
        @Schema(examples = "kazakhstan") String slug,
        @Schema(examples = "Kazakhstan") String name) {

    public static TagView from(Tag tag) {
        return new TagView(tag.getSlug(), tag.getName());
    }
}
