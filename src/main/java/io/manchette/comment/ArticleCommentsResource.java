package io.manchette.comment;

import io.manchette.article.Article;
import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Opening and closing an article's comments, for moderators as well as editors. Its longer literal
 * path wins over {@code /api/admin/articles/{id}} in JAX-RS matching.
 */
@Path("/api/admin/articles/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MODERATOR, Roles.EDITOR, Roles.ADMIN})
@Tag(name = "Comment moderation")
public class ArticleCommentsResource {

    /** Whether an article takes comments, with the article's new version. */
    @Schema(name = "ArticleComments")
    public record ArticleComments(long articleId, boolean commentsOpen, long version) {}

    private final CommentService service;

    ArticleCommentsResource(CommentService service) {
        this.service = service;
    }

    @POST
    @Path("open")
    @Operation(summary = "Open an article to comments", description = "If-Match is checked when sent.")
    public RestResponse<ArticleComments> openComments(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(service.setCommentsOpen(id, true, IfMatch.parseIfSent(ifMatch)));
    }

    @POST
    @Path("close")
    @Operation(
            summary = "Close an article to comments: posting gets 409",
            description = "If-Match is checked when sent.")
    public RestResponse<ArticleComments> closeComments(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return view(service.setCommentsOpen(id, false, IfMatch.parseIfSent(ifMatch)));
    }

    private static RestResponse<ArticleComments> view(Article article) {
        return Versioned.ok(
                new ArticleComments(article.getId(), article.isCommentsOpen(), article.getVersion()),
                article.getVersion());
    }
}
