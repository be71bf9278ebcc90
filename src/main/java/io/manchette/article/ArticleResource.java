package io.manchette.article;

import static io.manchette.common.http.QueryParams.optional;
import static io.manchette.common.http.QueryParams.optionalBoolean;

import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.taxonomy.section.Breadcrumbs;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Published articles for front ends: the article page and the lists of teasers. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Articles")
public class ArticleResource {

    private final ArticleRepository articles;
    private final Breadcrumbs breadcrumbs;

    ArticleResource(ArticleRepository articles, Breadcrumbs breadcrumbs) {
        this.articles = articles;
        this.breadcrumbs = breadcrumbs;
    }

    @GET
    @Operation(
            summary = "Published articles, newest first",
            description = "Keyset pagination: pass nextCursor as cursor.")
    public CursorPage<ArticleSummary> listArticles(
            @RestQuery @Parameter(description = "Section path; its sub-sections are included", example = "monde")
                    String section,
            @RestQuery @Parameter(description = "Tag slug") String tag,
            @RestQuery @Parameter(description = "Author slug") String author,
            @RestQuery @Parameter(description = "true for evergreen reference articles only") String reference,
            @RestQuery @Parameter(description = "BCP 47 language", example = "fr") String language,
            @RestQuery @Parameter(description = "1 to 100, default 20") String limit,
            @RestQuery @Parameter(description = "nextCursor of the previous page") String cursor) {
        var filter = ArticleFilter.published(
                optional(section),
                optional(tag),
                optional(author),
                optionalBoolean("reference", reference),
                optional(language));
        return page(articles, filter, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A published article, full shape with breadcrumb")
    public ArticleView getArticle(@RestPath String slug) {
        Article article = articles.findPublishedBySlug(slug).orElseThrow(() -> new NotFound("Article", slug));
        return ArticleView.from(article, breadcrumbs.to(article.getSection()));
    }

    /** One page of published teasers; shared by the section, tag and author lists. */
    static CursorPage<ArticleSummary> page(ArticleRepository articles, ArticleFilter filter, PageRequest page) {
        return CursorPage.of(
                articles.listPublishedNewestFirst(filter, page),
                page,
                a -> Cursor.of(a.getPublishedAt(), a.getId()),
                ArticleSummary::from);
    }
}
