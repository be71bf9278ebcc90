package io.manchette.taxonomy.section;

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

/** Section management for editors. */
@Path("/api/admin/sections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Tag(name = "Taxonomy management")
public class SectionAdminResource {

    private final SectionService service;
    private final SectionRepository sections;

    SectionAdminResource(SectionService service, SectionRepository sections) {
        this.service = service;
        this.sections = sections;
    }

    @GET
    @Operation(summary = "All sections, by id")
    public CursorPage<SectionAdminView> listSectionsForAdmin(@RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(Cursor.Kind.IDS, limit, cursor);
        return CursorPage.of(sections.listPage(page), page, s -> Cursor.of(s.getId()), SectionAdminView::from);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One section, with its version as ETag")
    public RestResponse<SectionAdminView> getSectionForAdmin(@RestPath long id) {
        var view = SectionAdminView.from(service.get(id));
        return Versioned.ok(view, view.version());
    }

    @POST
    @Operation(
            summary = "Create a section",
            description = "The path is the parent's path plus the slug; 409 when taken.")
    @APIResponseSchema(
            value = SectionAdminView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<SectionAdminView> createSection(@Valid @NotNull SectionInput input) {
        var view = SectionAdminView.from(service.create(input));
        return Versioned.created(URI.create("/api/admin/sections/" + view.id()), view, view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Rename or move a section",
            description = "A full replacement: an absent parent means top level. Paths below follow. "
                    + "Moving under its own descendant: 409. Needs If-Match.")
    public RestResponse<SectionAdminView> updateSection(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SectionInput input) {
        var view = SectionAdminView.from(service.update(id, IfMatch.parse(ifMatch), input));
        return Versioned.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a section", description = "409 while it has sub-sections or articles. Needs If-Match.")
    public RestResponse<Void> deleteSection(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }
}
