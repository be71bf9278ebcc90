package io.manchette.comment;

import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import io.manchette.security.Actors;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Readers' comments under a published article: reading the approved threads, posting one. */
@Path("/api/articles/{slug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Comments")
public class CommentResource {

    private final CommentService service;
    private final FloodGuard floodGuard;
    private final Actors actors;
    private final PublicAnswers answers;

    CommentResource(CommentService service, FloodGuard floodGuard, Actors actors, PublicAnswers answers) {
        this.service = service;
        this.answers = answers;
        this.floodGuard = floodGuard;
        this.actors = actors;
    }

    @GET
    @Operation(summary = "Approved comments, oldest thread first, replies nested", description = "Pages count threads.")
    @APIResponseSchema(CommentView.Page.class)
    public RestResponse<Payload> listComments(
            @RestPath String slug,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit,
            @RestQuery String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.COMMENT_THREADS, limit, cursor);
        var threads = service.threads(slug, page);
        return answers.json(
                request,
                CursorPage.of(threads.rows(), page, c -> Cursor.of(c.getPostedAt(), c.getId()), threads::viewOf),
                CacheKeys.of().comments(threads.articleId()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Post a comment",
            description = "202 PENDING under pre-moderation (the default), 201 APPROVED under post-moderation. "
                    + "Comments closed: 409. Too many from one client: 429 with Retry-After.")
    @APIResponse(responseCode = "201", description = "Shown at once (post-moderation)")
    @APIResponse(
            responseCode = "202",
            description = "Held for a moderator",
            content = @Content(schema = @Schema(implementation = CommentPosted.class)))
    @APIResponse(responseCode = "409", description = "Comments are closed on this article")
    @APIResponse(responseCode = "429", description = "Too many comments from this client; see Retry-After")
    @APIResponseSchema(
            value = CommentPosted.class,
            responseCode = "201",
            responseDescription = "Posted: approved or waiting for a moderator, as status says")
    public RestResponse<CommentPosted> postComment(@RestPath String slug, @Valid @NotNull CommentInput input) {
        String client = actors.current().address(); // the peer, or X-Forwarded-For behind a trusted proxy
        floodGuard.admit(client);
        Comment comment = service.post(slug, input, client);
        if (comment.isApproved()) {
            return RestResponse.status(
                    RestResponse.Status.CREATED, new CommentPosted(comment.getId(), comment.getStatus()));
        }
        // Spam is answered like any held comment: a spammer learns nothing from the answer.
        return RestResponse.status(
                RestResponse.Status.ACCEPTED, new CommentPosted(comment.getId(), CommentStatus.PENDING));
    }
}
