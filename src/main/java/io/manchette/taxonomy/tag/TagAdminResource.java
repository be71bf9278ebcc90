package io.manchette.taxonomy.tag;

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

/** Tag management for editors. */
@Path("/api/admin/tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Tag(name = "Taxonomy management")
public class TagAdminResource {

    private final TagService service;
    private final TagRepository tags;

    TagAdminResource(TagService service, TagRepository tags) {
        this.service = service;
        this.tags = tags;
    }

    @GET
    @Operation(summary = "All tags, alphabetically by slug")
    public CursorPage<TagAdminView> listTagsForAdmin(@RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(Cursor.Kind.TAGS, limit, cursor);
        return CursorPage.of(tags.listBySlug(page), page, t -> Cursor.of(t.getSlug(), t.getId()), TagAdminView::from);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tag, with its version as ETag")
    public RestResponse<TagAdminView> getTagForAdmin(@RestPath long id) {
        var view = TagAdminView.from(service.get(id));
        return Versioned.ok(view, view.version());
    }

    @POST
    @Operation(summary = "Create a tag", description = "409 when the slug is taken.")
    @APIResponseSchema(
            value = TagAdminView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<TagAdminView> createTag(@Valid @NotNull TagInput input) {
        var view = TagAdminView.from(service.create(input));
        return Versioned.created(URI.create("/api/admin/tags/" + view.id()), view, view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a tag", description = "Needs If-Match.")
    public RestResponse<TagAdminView> updateTag(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TagInput input) {
        var view = TagAdminView.from(service.update(id, IfMatch.parse(ifMatch), input));
        return Versioned.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a tag", description = "409 while articles carry it. Needs If-Match.")
    public RestResponse<Void> deleteTag(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }
}
