package io.manchette.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is, so that tools can show the signed-in user and hide what their roles forbid. */
@Path("/api/admin/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "People")
public class MeResource {

    /** The signed-in caller. */
    @Schema(name = "Me")
    public record Me(String username, List<String> roles) {}

    private final SecurityIdentity identity;

    MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The signed-in user and their roles")
    public Me getMe() {
        return new Me(
                identity.getPrincipal().getName(),
                identity.getRoles().stream().sorted().toList());
    }
}
