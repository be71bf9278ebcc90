package io.manchette.taxonomy.tag;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag for delivery. */
@Schema(name = "Tag")
public record TagView(
        @Schema(examples = "kazakhstan") String slug,
        @Schema(examples = "Kazakhstan") String name) {

    public static TagView from(Tag tag) {
        return new TagView(tag.getSlug(), tag.getName());
    }

    /** A page of these, as the API documents it ({@code CursorPage} at run time). */
    @Schema(name = "TagPage")
    public record Page(
            List<TagView> items, @Schema(nullable = true) String nextCursor) {}
}
