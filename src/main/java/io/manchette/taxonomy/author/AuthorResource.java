package io.manchette.taxonomy.author;

import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Authors for delivery. */
@Path("/api/authors")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Taxonomy")
public class AuthorResource {

    private final AuthorRepository authors;

    AuthorResource(AuthorRepository authors) {
        this.authors = authors;
    }

    @GET
    @Operation(summary = "All authors, alphabetically by slug")
    public CursorPage<AuthorView> listAuthors(@RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(limit, cursor);
        return CursorPage.of(authors.listBySlug(page), page, t -> Cursor.of(t.getSlug(), t.getId()), AuthorView::from);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One author")
    public AuthorView getAuthor(@RestPath String slug) {
        return AuthorView.from(authors.findBySlug(slug).orElseThrow(() -> new NotFound("Author", slug)));
    }
}
