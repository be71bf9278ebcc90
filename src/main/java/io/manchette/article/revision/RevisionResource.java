package io.manchette.article.revision;

import io.manchette.article.ArticleAdminView;
import io.manchette.article.ArticleService;
import io.manchette.article.PhotoRights;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** An article's revisions: every saved state, their differences, and restoring one. */
@Path("/api/admin/articles/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR, Roles.DRAFTS_READER})
@Tag(name = "Article management")
public class RevisionResource {

    private final ArticleRevisions revisions;
    private final ArticleService articles;

    private final PhotoRights rights;

    RevisionResource(ArticleRevisions revisions, ArticleService articles, PhotoRights rights) {
        this.rights = rights;
        this.revisions = revisions;
        this.articles = articles;
    }

    @GET
    @Operation(summary = "An article's revisions, newest first")
    public CursorPage<RevisionViews.Summary> listRevisions(
            @RestPath long id, @RestQuery String limit, @RestQuery String cursor) {
        articles.get(id);
        var page = PageRequest.of(Cursor.Kind.REVISIONS, limit, cursor);
        return CursorPage.of(
                revisions.listNewestFirst(id, page), page, r -> Cursor.of(r.getNumber()), RevisionViews.Summary::from);
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One revision, with its full content")
    public RevisionViews.Full getRevision(@RestPath long id, @RestPath int number) {
        return RevisionViews.Full.from(revisions.find(id, number));
    }

    @GET
    @Path("diff")
    @Operation(summary = "Field-level differences between two revisions")
    public RevisionViews.Diff diffRevisions(
            @RestPath long id,
            @RestQuery @Parameter(description = "The older revision number", required = true) String from,
            @RestQuery @Parameter(description = "The newer revision number", required = true) String to) {
        return revisions.diff(id, number("from", from), number("to", to));
    }

    @POST
    @Path("{number}/restore")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    @Operation(
            summary = "Restore a revision's content",
            description = "Saved as a new revision and audited. Needs If-Match with the article's current ETag.")
    public RestResponse<ArticleAdminView> restoreRevision(
            @RestPath long id, @RestPath int number, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        var article = articles.restore(id, number, IfMatch.parse(ifMatch));
        return Versioned.ok(rights.adminView(article), article.getVersion());
    }

    private static int number(String field, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a revision number");
        }
    }
}
