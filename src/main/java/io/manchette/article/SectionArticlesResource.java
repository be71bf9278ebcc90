package io.manchette.article;

import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import io.manchette.taxonomy.section.SectionRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A section page's articles. It lives here, not in taxonomy, because taxonomy never depends on
 * articles; its longer literal path wins over {@code /api/sections/{path}} in JAX-RS matching.
 */
@Path("/api/sections/{path: .+}/articles")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Articles")
public class SectionArticlesResource {

    private final ArticleLists lists;
    private final SectionRepository sections;
    private final PublicAnswers answers;

    SectionArticlesResource(ArticleLists lists, SectionRepository sections, PublicAnswers answers) {
        this.lists = lists;
        this.sections = sections;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Published articles of a section and its sub-sections, newest first")
    @APIResponseSchema(ArticleSummary.Page.class)
    public RestResponse<Payload> listSectionArticles(
            @RestPath @Parameter(example = "monde/europe") String path,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit,
            @RestQuery String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.PUBLISHED_ARTICLES, limit, cursor);
        var found = sections.findByPath(path).orElseThrow(() -> new NotFound("Section", path));
        var teasers = lists.teasers(lists.inSection(found), page);
        return answers.json(request, teasers.page(), teasers.keys());
    }
}
