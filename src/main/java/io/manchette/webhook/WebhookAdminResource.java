package io.manchette.webhook;

import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Webhook subscriptions and their delivery log, managed by administrators. */
@Path("/api/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks")
public class WebhookAdminResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final WebhookService service;

    WebhookAdminResource(WebhookService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "All webhook subscriptions, without their secrets")
    public CursorPage<WebhookViews.View> listWebhooks(@RestQuery String limit, @RestQuery String cursor) {
        return service.list(PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One subscription, without its secret, with its version as ETag")
    public RestResponse<WebhookViews.View> getWebhook(@RestPath long id) {
        return versioned(service.get(id));
    }

    @POST
    @Operation(
            summary = "Subscribe a URL to events",
            description = "The signing secret (whsec_…) is in this answer only. The URL must be http(s) and resolve"
                    + " to public addresses.")
    @APIResponseSchema(
            value = WebhookViews.Created.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<WebhookViews.Created> createWebhook(@Valid @NotNull WebhookInput input) {
        var created = service.create(input);
        return Versioned.created(
                URI.create("/api/admin/webhooks/" + created.webhook().id()),
                created,
                created.webhook().version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a subscription's URL, events and description", description = "Needs If-Match.")
    public RestResponse<WebhookViews.View> replaceWebhook(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull WebhookInput input) {
        return versioned(service.replace(id, IfMatch.parse(ifMatch), input));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MERGE_PATCH)
    @Operation(summary = "Change some of a subscription's fields (JSON Merge Patch)", description = "Needs If-Match.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = WebhookInput.class)))
    public RestResponse<WebhookViews.View> patchWebhook(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @NotNull JsonNode patch) {
        return versioned(service.patch(id, IfMatch.parse(ifMatch), patch));
    }

    @POST
    @Path("{id}/pause")
    @Operation(
            summary = "Pause deliveries",
            description = "Events still queue for it and go out on resume. If-Match is checked when sent.")
    public RestResponse<WebhookViews.View> pauseWebhook(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(service.pause(id, IfMatch.parseIfSent(ifMatch)));
    }

    @POST
    @Path("{id}/resume")
    @Operation(
            summary = "Resume deliveries",
            description = "Clears the pause and its reason, and the run of failures. If-Match is checked when sent.")
    public RestResponse<WebhookViews.View> resumeWebhook(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(service.resume(id, IfMatch.parseIfSent(ifMatch)));
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(
            summary = "Rotate the signing secret",
            description = "The new secret is in this answer only; the old one keeps signing beside it (two"
                    + " signatures in webhook-signature) for MANCHETTE_WEBHOOKS_ROTATION_OVERLAP. If-Match is"
                    + " checked when sent.")
    public RestResponse<WebhookViews.Created> rotateWebhookSecret(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        var rotated = service.rotateSecret(id, IfMatch.parseIfSent(ifMatch));
        return Versioned.ok(rotated, rotated.webhook().version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a subscription and its delivery log", description = "Needs If-Match.")
    public RestResponse<Void> deleteWebhook(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The delivery log, newest first: each event sent, with every attempt")
    public CursorPage<WebhookViews.Delivery> listWebhookDeliveries(
            @RestPath long id, @RestQuery String limit, @RestQuery String cursor) {
        return service.deliveries(id, PageRequest.of(Cursor.Kind.WEBHOOK_DELIVERIES, limit, cursor));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    @ResponseStatus(202)
    @APIResponseSchema(
            value = WebhookViews.Delivery.class,
            responseCode = "202",
            responseDescription = "Accepted: the delivery is due at once")
    @Operation(
            summary = "Send one delivery again",
            description = "Due at once, with the whole retry schedule ahead of it; 409 while the webhook is paused.")
    public WebhookViews.Delivery retryWebhookDelivery(@RestPath long id, @RestPath long deliveryId) {
        return service.retry(id, deliveryId);
    }

    private static RestResponse<WebhookViews.View> versioned(WebhookSubscription subscription) {
        return Versioned.ok(WebhookViews.View.from(subscription), subscription.getVersion());
    }
}
