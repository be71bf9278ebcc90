package io.manchette.taxonomy.author;

import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Author management for editors. */
@Path("/api/admin/authors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Tag(name = "Taxonomy management")
public class AuthorAdminResource {

    private final AuthorService service;
    private final AuthorRepository authors;

    AuthorAdminResource(AuthorService service, AuthorRepository authors) {
        this.service = service;
        this.authors = authors;
    }

    @GET
    @Operation(summary = "All authors, alphabetically by slug")
    public CursorPage<AuthorAdminView> listAuthorsForAdmin(@RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(Cursor.Kind.AUTHORS, limit, cursor);
        return CursorPage.of(
                authors.listBySlug(page), page, t -> Cursor.of(t.getSlug(), t.getId()), AuthorAdminView::from);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One author, with its version as ETag")
    public RestResponse<AuthorAdminView> getAuthorForAdmin(@RestPath long id) {
        var view = AuthorAdminView.from(service.get(id));
        return Versioned.ok(view, view.version());
    }

    @POST
    @Operation(summary = "Create an author", description = "409 when the slug is taken.")
    @APIResponseSchema(
            value = AuthorAdminView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<AuthorAdminView> createAuthor(@Valid @NotNull AuthorInput input) {
        var view = AuthorAdminView.from(service.create(input));
        return Versioned.created(URI.create("/api/admin/authors/" + view.id()), view, view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an author", description = "Needs If-Match.")
    public RestResponse<AuthorAdminView> updateAuthor(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AuthorInput input) {
        var view = AuthorAdminView.from(service.update(id, IfMatch.parse(ifMatch), input));
        return Versioned.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an author", description = "409 while they sign articles. Needs If-Match.")
    public RestResponse<Void> deleteAuthor(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }
}
