package io.manchette.article;

import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import io.manchette.taxonomy.tag.TagRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** A tag page's articles; here rather than in taxonomy, which never depends on articles. */
@Path("/api/tags/{slug}/articles")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Articles")
public class TagArticlesResource {

    private final ArticleLists lists;
    private final TagRepository tags;
    private final PublicAnswers answers;

    TagArticlesResource(ArticleLists lists, TagRepository tags, PublicAnswers answers) {
        this.lists = lists;
        this.tags = tags;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Published articles carrying a tag, newest first")
    @APIResponseSchema(ArticleSummary.Page.class)
    public RestResponse<Payload> listTagArticles(
            @RestPath String slug,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit,
            @RestQuery String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.PUBLISHED_ARTICLES, limit, cursor);
        var found = tags.findBySlug(slug).orElseThrow(() -> new NotFound("Tag", slug));
        var teasers = lists.teasers(lists.withTag(found), page);
        return answers.json(request, teasers.page(), teasers.keys());
    }
}
