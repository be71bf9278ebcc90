package io.manchette.feed;

import io.manchette.article.ArticleKeys;
import io.manchette.article.ArticleSummaries;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** "À la Une" for front ends. */
@Path("/api/front-page")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Delivery")
public class FrontPageResource {

    private final FrontPageService service;
    private final PublicAnswers answers;
    private final ArticleSummaries summaries;

    FrontPageResource(FrontPageService service, PublicAnswers answers, ArticleSummaries summaries) {
        this.service = service;
        this.answers = answers;
        this.summaries = summaries;
    }

    @GET
    @Operation(
            summary = "À la Une: the editors' selection, in their order",
            description = "Only published articles show; one that is unpublished drops out on its own.")
    @APIResponseSchema(FrontPageView.class)
    public RestResponse<Payload> getFrontPage(Request request) {
        FrontPage page = service.get();
        var shown = FrontPageView.shown(page, summaries);
        return answers.json(
                request,
                new FrontPageView(shown.items()),
                CacheKeys.of(CacheKeys.FRONT_PAGE).addAll(ArticleKeys.teasers(page.getArticles())),
                shown.freshUntil());
    }
}
