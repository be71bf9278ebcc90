package io.manchette.article;

import static io.manchette.common.request.QueryParams.optional;
import static io.manchette.common.request.QueryParams.optionalBoolean;
import static io.manchette.common.request.QueryParams.optionalEnum;

import com.fasterxml.jackson.databind.JsonNode;
import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.security.Roles;
import io.manchette.taxonomy.section.Breadcrumbs;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Article management for the newsroom: every state, every write versioned. */
@Path("/api/admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
@Tag(name = "Article management")
public class ArticleAdminResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ArticleService service;
    private final ArticleWorkflow workflow;
    private final ArticleRepository articles;
    private final ArticleSearch search;
    private final Breadcrumbs breadcrumbs;
    private final SiteUrls site;
    private final DeliveredBodies bodies;
    private final PhotoRights rights;

    ArticleAdminResource(
            ArticleService service,
            ArticleWorkflow workflow,
            ArticleRepository articles,
            ArticleSearch search,
            Breadcrumbs breadcrumbs,
            SiteUrls site,
            DeliveredBodies bodies,
            PhotoRights rights) {
        this.bodies = bodies;
        this.rights = rights;
        this.service = service;
        this.workflow = workflow;
        this.articles = articles;
        this.search = search;
        this.breadcrumbs = breadcrumbs;
        this.site = site;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR, Roles.DRAFTS_READER})
    @Operation(
            summary = "Articles in every state, newest created first",
            description = "With q, a French full-text search over every state (see /api/search), best match first.")
    public CursorPage<ArticleAdminSummary> listArticlesForAdmin(
            @RestQuery @Parameter(description = "Full-text search, web-search syntax") String q,
            @RestQuery
                    @Parameter(
                            description = "DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED or ARCHIVED",
                            schema = @Schema(implementation = ArticleStatus.class))
                    String status,
            @RestQuery @Parameter(description = "Section path; its sub-sections are included") String section,
            @RestQuery @Parameter(description = "Tag slug") String tag,
            @RestQuery @Parameter(description = "Author slug") String author,
            @RestQuery String reference,
            @RestQuery String language,
            @RestQuery @Parameter(description = "true: only articles using a photo whose rights have ended")
                    String photosPastRights,
            @RestQuery String limit,
            @RestQuery String cursor) {
        var filter = new ArticleFilter(
                optional(section),
                optional(tag),
                optional(author),
                optionalBoolean("reference", reference),
                optional(language),
                optionalEnum("status", status, ArticleStatus.class));
        if (Boolean.TRUE.equals(optionalBoolean("photosPastRights", photosPastRights))) {
            filter = rights.onlyPastRights(filter);
        }
        if (q != null && !q.isBlank()) {
            // Best match first: a page of another order than the plain list, with cursors of its own.
            var results = PageRequest.of(Cursor.Kind.SEARCH, limit, cursor);
            return rights.summaries(search.search(q, filter, results, (article, highlight) -> article));
        }
        var page = PageRequest.of(Cursor.Kind.MANAGED_ARTICLES, limit, cursor);
        return rights.summaries(CursorPage.of(
                articles.listNewestCreatedFirst(filter, page),
                page,
                a -> Cursor.of(a.getCreatedAt(), a.getId()),
                a -> a));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR, Roles.DRAFTS_READER})
    @Operation(summary = "One article in any state, with its version as ETag")
    public RestResponse<ArticleAdminView> getArticleForAdmin(@RestPath long id) {
        return versioned(service.get(id));
    }

    @POST
    @Operation(
            summary = "Create an article as a draft",
            description =
                    "The slug comes from the title when absent. The creator owns it: authors may change only their own.")
    @APIResponseSchema(
            value = ArticleAdminView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<ArticleAdminView> createArticle(@Valid @NotNull ArticleInput input) {
        var view = rights.adminView(service.create(input));
        return Versioned.created(URI.create("/api/admin/articles/" + view.id()), view, view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Replace an article's content",
            description = "Needs If-Match with the ETag read: 428 without, 412 when stale.")
    public RestResponse<ArticleAdminView> updateArticle(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ArticleInput input) {
        return versioned(service.update(id, IfMatch.parse(ifMatch), input));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an article", description = "Needs If-Match.")
    public RestResponse<Void> deleteArticle(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MERGE_PATCH)
    @Operation(
            summary = "Change some fields of an article (JSON Merge Patch, RFC 7396)",
            description = "Members given replace the current ones, null removes one. Needs If-Match, as PUT.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ArticleInput.class)))
    public RestResponse<ArticleAdminView> patchArticle(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @NotNull JsonNode patch) {
        return versioned(service.patch(id, IfMatch.parse(ifMatch), patch));
    }

    @GET
    @Path("{id}/preview")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR, Roles.DRAFTS_READER})
    @Operation(summary = "The delivery shape of the article as it stands, whatever its state")
    public ArticleView previewArticle(@RestPath long id) {
        Article article = service.get(id);
        return ArticleView.from(
                article,
                bodies.deliver(article),
                breadcrumbs.to(article.getSection()),
                site.article(article.getSection().getPath(), article.getSlug()));
    }

    @POST
    @Path("{id}/submit")
    @Operation(
            summary = "Send a draft for review",
            description = "Authors submit their own articles. If-Match is checked when sent.")
    public RestResponse<ArticleAdminView> submitArticle(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return act(id, ArticleAction.SUBMIT, ifMatch, null);
    }

    @POST
    @Path("{id}/publish")
    @Operation(
            summary = "Publish an article now",
            description = "Editors. Keeps the first publication date. If-Match is checked when sent.")
    public RestResponse<ArticleAdminView> publishArticle(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return act(id, ArticleAction.PUBLISH, ifMatch, null);
    }

    @POST
    @Path("{id}/schedule")
    @Operation(
            summary = "Schedule an article",
            description = "Editors. It goes live at publishAt (UTC), once, however many instances run; and off again"
                    + " at unpublishAt when given. If-Match is checked when sent.")
    public RestResponse<ArticleAdminView> scheduleArticle(
            @RestPath long id,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ScheduleInput schedule) {
        return act(id, ArticleAction.SCHEDULE, ifMatch, schedule);
    }

    @POST
    @Path("{id}/unpublish")
    @Operation(
            summary = "Back to draft: off the site, the schedule or the review",
            description = "Editors. If-Match is checked when sent.")
    public RestResponse<ArticleAdminView> unpublishArticle(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return act(id, ArticleAction.UNPUBLISH, ifMatch, null);
    }

    @POST
    @Path("{id}/archive")
    @Operation(
            summary = "Take a published article off the site for good",
            description = "Editors. If-Match is checked when sent.")
    public RestResponse<ArticleAdminView> archiveArticle(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return act(id, ArticleAction.ARCHIVE, ifMatch, null);
    }

    private RestResponse<ArticleAdminView> act(long id, ArticleAction action, String ifMatch, ScheduleInput schedule) {
        return versioned(workflow.act(id, action, IfMatch.parseIfSent(ifMatch), schedule));
    }

    private RestResponse<ArticleAdminView> versioned(Article article) {
        return Versioned.ok(rights.adminView(article), article.getVersion());
    }
}
