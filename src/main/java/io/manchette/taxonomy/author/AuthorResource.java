package io.manchette.taxonomy.author;

import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Authors for delivery: bylines and biographies. */
@Path("/api") // with its articles list (TaxonomyArticlesResource) in one JAX-RS match
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Taxonomy")
public class AuthorResource {

    private final AuthorRepository authors;
    private final PublicAnswers answers;

    AuthorResource(AuthorRepository authors, PublicAnswers answers) {
        this.authors = authors;
        this.answers = answers;
    }

    @GET
    @Path("authors")
    @Operation(summary = "All authors, alphabetically by slug")
    @APIResponseSchema(AuthorView.Page.class)
    public RestResponse<Payload> listAuthors(
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit, @RestQuery String cursor, Request request) {
        var page = PageRequest.of(Cursor.Kind.AUTHORS, limit, cursor);
        return answers.json(
                request,
                CursorPage.of(authors.listBySlug(page), page, t -> Cursor.of(t.getSlug(), t.getId()), AuthorView::from),
                CacheKeys.of(CacheKeys.AUTHORS));
    }

    @GET
    @Path("authors/{slug}")
    @Operation(summary = "One author")
    @APIResponseSchema(AuthorView.class)
    public RestResponse<Payload> getAuthor(@RestPath String slug, Request request) {
        var author = authors.findBySlug(slug).orElseThrow(() -> new NotFound("Author", slug));
        return answers.json(request, AuthorView.from(author), CacheKeys.of().author(author.getId()));
    }
}
