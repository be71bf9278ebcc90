package io.manchette.taxonomy.author;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author for delivery: byline and biography. */
@Schema(name = "Author")
public record AuthorView(
        @Schema(examples = "claire-dumont") String slug,
        @Schema(examples = "Claire Dumont") String name,

        @Schema(nullable = true, examples = "Correspondante à Bruxelles depuis 2019.")
        String bio) {

    public static AuthorView from(Author author) {
        return new AuthorView(author.getSlug(), author.getName(), author.getBio());
    }

    /** A page of these, as the API documents it ({@code CursorPage} at run time). */
    @Schema(name = "AuthorPage")
    public record Page(
            List<AuthorView> items, @Schema(nullable = true) String nextCursor) {}
}
