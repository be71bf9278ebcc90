package io.manchette.account;

import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.security.Roles;
import io.manchette.security.UserRepository;
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

/** People management, for administrators only; passwords go in and never come out. */
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "People")
public class UserAdminResource {

    private final UserService service;
    private final UserRepository users;

    UserAdminResource(UserService service, UserRepository users) {
        this.service = service;
        this.users = users;
    }

    @GET
    @Operation(summary = "All users, by id")
    public CursorPage<UserView> listUsers(@RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(limit, cursor);
        return CursorPage.of(users.listPage(page), page, u -> Cursor.of(u.getId()), UserView::from);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One user, with its version as ETag")
    public RestResponse<UserView> getUser(@RestPath long id) {
        var view = UserView.from(service.get(id));
        return Versioned.ok(view, view.version());
    }

    @POST
    @Operation(
            summary = "Create a user",
            description = "The password is stored as a bcrypt hash. 409 when the name is taken.")
    @APIResponseSchema(
            value = UserView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<UserView> createUser(@Valid @NotNull UserInput input) {
        var view = UserView.from(service.create(input));
        return Versioned.created(URI.create("/api/admin/users/" + view.id()), view, view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Change a user's roles or password",
            description = "Removing the last administrator: 409. Needs If-Match.")
    public RestResponse<UserView> updateUser(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UserUpdate update) {
        var view = UserView.from(service.update(id, IfMatch.parse(ifMatch), update));
        return Versioned.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a user", description = "Deleting the last administrator: 409. Needs If-Match.")
    public RestResponse<Void> deleteUser(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }
}
