package io.manchette.feed;

import static io.manchette.common.request.QueryParams.optionalEnum;

import io.manchette.article.Article;
import io.manchette.article.ArticleFilter;
import io.manchette.article.ArticleKeys;
import io.manchette.article.ArticleRepository;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** "Le fil info": the live feed of published articles, newest first. */
@Path("/api/feed")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Delivery")
public class FeedResource {

    private final ArticleRepository articles;
    private final FrontPageRepository frontPage;
    private final PublicAnswers answers;

    FeedResource(ArticleRepository articles, FrontPageRepository frontPage, PublicAnswers answers) {
        this.articles = articles;
        this.frontPage = frontPage;
        this.answers = answers;
    }

    @GET
    @Operation(
            summary = "Le fil info, newest first",
            description = "scope=all (\"Tous\", the default) or front (\"La Une\").")
    @APIResponseSchema(FeedItem.Page.class)
    public RestResponse<Payload> getFeed(
            @RestQuery
                    @DefaultValue("all")
                    @Parameter(
                            description = "all or front",
                            example = "all",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"all", "front"}))
                    String scope,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit,
            @RestQuery String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.PUBLISHED_ARTICLES, limit, cursor);
        FeedScope tab = Objects.requireNonNullElse(optionalEnum("scope", scope, FeedScope.class), FeedScope.ALL);
        boolean front = tab == FeedScope.FRONT;
        List<Article> rows = front
                ? frontPage.listPublishedOnFrontNewestFirst(page)
                : articles.listPublishedNewestFirst(ArticleFilter.published(null, null, null, null, null), page);
        return answers.json(
                request,
                CursorPage.of(rows, page, a -> Cursor.of(a.getPublishedAt(), a.getId()), FeedItem::from),
                CacheKeys.of(front ? CacheKeys.FRONT_PAGE : CacheKeys.ARTICLES).addAll(ArticleKeys.teasers(rows)));
    }
}
