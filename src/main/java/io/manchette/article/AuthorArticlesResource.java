package io.manchette.article;

import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import io.manchette.taxonomy.author.AuthorRepository;
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

/** An author page's articles; here rather than in taxonomy, which never depends on articles. */
@Path("/api/authors/{slug}/articles")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Articles")
public class AuthorArticlesResource {

    private final ArticleLists lists;
    private final AuthorRepository authors;
    private final PublicAnswers answers;

    AuthorArticlesResource(ArticleLists lists, AuthorRepository authors, PublicAnswers answers) {
        this.lists = lists;
        this.authors = authors;
        this.answers = answers;
    }

    @GET
    @Operation(summary = "Published articles signed by an author, newest first")
    @APIResponseSchema(ArticleSummary.Page.class)
    public RestResponse<Payload> listAuthorArticles(
            @RestPath String slug,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit,
            @RestQuery String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.PUBLISHED_ARTICLES, limit, cursor);
        var found = authors.findBySlug(slug).orElseThrow(() -> new NotFound("Author", slug));
        var teasers = lists.teasers(lists.byAuthor(found), page);
        return answers.json(request, teasers.page(), teasers.keys());
    }
}
