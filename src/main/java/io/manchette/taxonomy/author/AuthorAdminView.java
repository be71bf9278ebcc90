package io.manchette.taxonomy.author;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as the management API shows it, with its id and version. */
@Schema(name = "AuthorAdmin")
public record AuthorAdminView(
        long id,
        long version,
        String slug,
        String name,
        @Schema(nullable = true) String bio,
        Instant updatedAt) {

    public static AuthorAdminView from(Author author) {
        return new AuthorAdminView(
                author.getId(),
                author.getVersion(),
                author.getSlug(),
                author.getName(),
                author.getBio(),
                author.getUpdatedAt());
    }
}
