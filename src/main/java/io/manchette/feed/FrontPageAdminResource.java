package io.manchette.feed;

import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

/** Editors curate "À la Une". */
@Path("/api/admin/front-page")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Tag(name = "Article management")
public class FrontPageAdminResource {

    private final FrontPageService service;
    private final SecurityIdentity identity;

    FrontPageAdminResource(FrontPageService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The front page selection, drafts included, with its version as ETag")
    public RestResponse<FrontPageAdminView> getFrontPageForAdmin() {
        FrontPage page = service.get();
        return Versioned.ok(FrontPageAdminView.from(page), page.getVersion());
    }

    @PUT
    @Operation(
            summary = "Replace the front page selection",
            description = "Article slugs in display order. Needs If-Match.")
    public RestResponse<FrontPageAdminView> updateFrontPage(
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FrontPageInput input) {
        FrontPage page = service.replace(
                IfMatch.parse(ifMatch), input, identity.getPrincipal().getName());
        return Versioned.ok(FrontPageAdminView.from(page), page.getVersion());
    }
}
