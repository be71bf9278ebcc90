package io.manchette.account;

import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.security.Roles;
import io.manchette.security.token.ApiTokenRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** API tokens for programs, managed by administrators. */
@Path("/api/admin/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "People")
public class TokenAdminResource {

    private final TokenService service;
    private final ApiTokenRepository tokens;

    TokenAdminResource(TokenService service, ApiTokenRepository tokens) {
        this.service = service;
        this.tokens = tokens;
    }

    @GET
    @Operation(summary = "All tokens, without their secrets")
    public CursorPage<TokenViews.View> listTokens(@RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(limit, cursor);
        return CursorPage.of(tokens.listPage(page), page, t -> Cursor.of(t.getId()), TokenViews.View::from);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One token, without its secret, with its version as ETag")
    public RestResponse<TokenViews.View> getToken(@RestPath long id) {
        var view = TokenViews.View.from(service.get(id));
        return Versioned.ok(view, view.version());
    }

    @POST
    @Operation(summary = "Create a token", description = "The secret is in this answer only; it is stored as a digest.")
    @APIResponseSchema(
            value = TokenViews.Created.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<TokenViews.Created> createToken(@Valid @NotNull TokenInput input) {
        var created = service.create(input);
        return Versioned.created(
                URI.create("/api/admin/tokens/" + created.token().id()),
                created,
                created.token().version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token", description = "Its next call gets 401. Needs If-Match.")
    public RestResponse<Void> revokeToken(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.revoke(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }
}
