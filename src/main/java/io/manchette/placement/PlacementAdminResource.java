package io.manchette.placement;

import static io.manchette.common.request.QueryParams.optional;

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

/** Placement management for editors. */
@Path("/api/admin/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Tag(name = "Placements management")
public class PlacementAdminResource {

    private final PlacementService service;
    private final PlacementRepository placements;

    PlacementAdminResource(PlacementService service, PlacementRepository placements) {
        this.service = service;
        this.placements = placements;
    }

    @GET
    @Operation(summary = "Placements past, live and to come, by id; ?slot= for one slot")
    public CursorPage<PlacementAdminView> listPlacementsForAdmin(
            @RestQuery String slot, @RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(limit, cursor);
        return CursorPage.of(
                placements.listById(optional(slot), page), page, p -> Cursor.of(p.getId()), PlacementAdminView::from);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One placement, with its version as ETag")
    public RestResponse<PlacementAdminView> getPlacementForAdmin(@RestPath long id) {
        var view = PlacementAdminView.from(service.get(id));
        return Versioned.ok(view, view.version());
    }

    @POST
    @Operation(summary = "Create a placement", description = "400 naming endsAt when it does not come after startsAt.")
    @APIResponseSchema(
            value = PlacementAdminView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<PlacementAdminView> createPlacement(@Valid @NotNull PlacementInput input) {
        var view = PlacementAdminView.from(service.create(input));
        return Versioned.created(URI.create("/api/admin/placements/" + view.id()), view, view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a placement", description = "Needs If-Match.")
    public RestResponse<PlacementAdminView> updatePlacement(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PlacementInput input) {
        var view = PlacementAdminView.from(service.update(id, IfMatch.parse(ifMatch), input));
        return Versioned.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a placement", description = "Needs If-Match.")
    public RestResponse<Void> deletePlacement(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }
}
