package io.manchette.comment;

import static io.manchette.common.request.QueryParams.optional;
import static io.manchette.common.request.QueryParams.optionalEnum;

import io.manchette.common.error.InvalidInput;
import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The moderation queue: moderators, editors and admins approve, reject, mark as spam or delete. */
@Path("/api/admin/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MODERATOR, Roles.EDITOR, Roles.ADMIN})
@Tag(name = "Comment moderation")
public class CommentModerationResource {

    private final CommentService service;
    private final CommentRepository comments;
    private final SecurityIdentity identity;

    CommentModerationResource(CommentService service, CommentRepository comments, SecurityIdentity identity) {
        this.service = service;
        this.comments = comments;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The moderation queue, oldest first")
    public CursorPage<CommentAdminView> listCommentsForModeration(
            @RestQuery
                    @Parameter(
                            description = "PENDING, APPROVED, REJECTED or SPAM; all when absent",
                            schema = @Schema(implementation = CommentStatus.class))
                    String status,
            @RestQuery @Parameter(description = "Article id") String article,
            @RestQuery String limit,
            @RestQuery String cursor) {
        var page = PageRequest.of(Cursor.Kind.MODERATION, limit, cursor);
        var rows = comments.listForModeration(
                optionalEnum("status", status, CommentStatus.class), articleId(article), page);
        return CursorPage.of(rows, page, c -> Cursor.of(c.getPostedAt(), c.getId()), CommentAdminView::from);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One comment, with its version as ETag")
    public RestResponse<CommentAdminView> getCommentForModeration(@RestPath long id) {
        return versioned(service.get(id));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a comment: it shows and counts", description = "If-Match is checked when sent.")
    public RestResponse<CommentAdminView> approveComment(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(service.moderate(id, ModerationAction.APPROVE, IfMatch.parseIfSent(ifMatch), moderator()));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a comment: it no longer shows", description = "If-Match is checked when sent.")
    public RestResponse<CommentAdminView> rejectComment(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(service.moderate(id, ModerationAction.REJECT, IfMatch.parseIfSent(ifMatch), moderator()));
    }

    @POST
    @Path("{id}/spam")
    @Operation(summary = "Mark a comment as spam", description = "If-Match is checked when sent.")
    public RestResponse<CommentAdminView> markCommentAsSpam(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(service.moderate(id, ModerationAction.SPAM, IfMatch.parseIfSent(ifMatch), moderator()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a comment and its replies", description = "Needs If-Match.")
    public RestResponse<Void> deleteComment(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.moderate(id, ModerationAction.DELETE, IfMatch.parse(ifMatch), moderator());
        return RestResponse.noContent();
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve, reject, mark as spam or delete many comments at once",
            description = "All or nothing: an unknown id refuses the whole batch.")
    public BulkModeration.Result moderateComments(@Valid @NotNull BulkModeration bulk) {
        return new BulkModeration.Result(bulk.action(), service.moderateAll(bulk.ids(), bulk.action(), moderator()));
    }

    private String moderator() {
        return identity.getPrincipal().getName();
    }

    private static Long articleId(String article) {
        String value = optional(article);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput("article", "must be an article id");
        }
    }

    private static RestResponse<CommentAdminView> versioned(Comment comment) {
        return Versioned.ok(CommentAdminView.from(comment), comment.getVersion());
    }
}
