package io.manchette.article;

import static io.manchette.common.request.QueryParams.optional;
import static io.manchette.common.request.QueryParams.optionalBoolean;

import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import io.manchette.taxonomy.section.Breadcrumbs;
import io.manchette.taxonomy.section.Section;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Published articles for front ends: the article page and the lists of teasers. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleRepository articles;
    private final ArticleLists lists;
    private final Breadcrumbs breadcrumbs;
    private final SiteUrls site;
    private final PublicAnswers answers;
    private final DeliveredBodies bodies;
    private final ArticleSummaries summaries;

    ArticleResource(
            ArticleRepository articles,
            ArticleLists lists,
            Breadcrumbs breadcrumbs,
            SiteUrls site,
            PublicAnswers answers,
            DeliveredBodies bodies,
            ArticleSummaries summaries) {
        this.bodies = bodies;
        this.summaries = summaries;
        this.articles = articles;
        this.lists = lists;
        this.breadcrumbs = breadcrumbs;
        this.site = site;
        this.answers = answers;
    }

    @GET
    @Operation(
            summary = "Published articles, newest first",
            description = "Keyset pagination: pass nextCursor as cursor.")
    @APIResponseSchema(ArticleSummary.Page.class)
    public RestResponse<Payload> listArticles(
            @RestQuery @Parameter(description = "Section path; its sub-sections are included", example = "monde")
                    String section,
            @RestQuery @Parameter(description = "Tag slug") String tag,
            @RestQuery @Parameter(description = "Author slug") String author,
            @RestQuery @Parameter(description = "true for evergreen reference articles only") String reference,
            @RestQuery @Parameter(description = "BCP 47 language", example = "fr") String language,
            @RestQuery @Parameter(description = "A partner's name, as written on its articles", example = "Références")
                    String partner,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) @Parameter(description = "1 to 100") String limit,
            @RestQuery @Parameter(description = "nextCursor of the previous page") String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.PUBLISHED_ARTICLES, limit, cursor);
        // As for the other filters: a made-up partner must not fill the cache.
        if (optional(partner) != null && !articles.hasPublishedOfPartner(optional(partner))) {
            throw new InvalidInput("partner", "no published article has this partner");
        }
        var listing = lists.published(
                optional(section),
                optional(tag),
                optional(author),
                optionalBoolean("reference", reference),
                optional(language),
                optional(partner));
        var teasers = lists.teasers(listing, page);
        return answers.json(request, teasers.page(), teasers.keys(), teasers.freshUntil());
    }

    @GET
    @Path("{slug}")
    @Operation(
            summary = "A published article, full shape with breadcrumb",
            description = "An old slug of a renamed article answers 301 with the Location of the current one.")
    @APIResponse(responseCode = "301", description = "An old slug: Location names the current one")
    @APIResponseSchema(ArticleView.class)
    public RestResponse<Payload> getArticle(@RestPath String slug, Request request) {
        var found = articles.findPublishedBySlug(slug);
        if (found.isEmpty()) {
            // A renamed article keeps answering at its old slugs, pointing at the current one.
            String current = articles.findCurrentSlugOfPublished(slug).orElseThrow(() -> new NotFound("Article", slug));
            return RestResponse.ResponseBuilder.<Payload>create(RestResponse.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/api/articles/" + current))
                    .build();
        }
        Article article = found.get();
        String url = site.article(article.getSection().getPath(), article.getSlug());
        List<Section> lineage = breadcrumbs.lineage(article.getSection());
        var delivered = bodies.deliver(article);
        return answers.json(
                request,
                ArticleView.from(article, delivered, breadcrumbs.of(lineage), url),
                ArticleKeys.page(article, lineage).addAll(delivered.keys()),
                delivered.photos().freshUntil());
    }

    @GET
    @Path("{slug}/related")
    @Operation(
            summary = "\"Aussi en …\": more published articles like this one",
            description = "Same section first, then articles sharing a tag; newest first; never the article itself.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleSummary.class)))
    public RestResponse<Payload> listRelatedArticles(
            @RestPath String slug,
            @RestQuery @DefaultValue("5") @Parameter(description = "1 to 20") String limit,
            Request request) {
        Article article = articles.findPublishedBySlug(slug).orElseThrow(() -> new NotFound("Article", slug));
        int count = limit.isBlank() ? 5 : PageRequest.count("limit", limit, 20);
        List<Article> similar = articles.listRelated(article, count);
        // Another article of its section or tags may come first tomorrow: their lists' keys.
        var keys = ArticleKeys.teasers(similar)
                .article(article.getId())
                .articlesOfSection(article.getSection().getId());
        article.getTags().forEach(t -> keys.articlesOfTag(t.getId()));
        var teasers = summaries.of(similar);
        return answers.json(request, teasers.items(), keys, teasers.freshUntil());
    }
}
