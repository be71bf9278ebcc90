package io.manchette.article;

import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import io.manchette.taxonomy.author.AuthorRepository;
import io.manchette.taxonomy.section.SectionRepository;
import io.manchette.taxonomy.tag.TagRepository;
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
 * The articles of a section, tag or author page, newest first. They live here, not in taxonomy,
 * because taxonomy never depends on articles. The taxonomy's public resources are rooted at
 * {@code /api} too: RESTEasy Reactive picks one root path first and never goes back, so only
 * under one root does {@code sections/{path}/articles} win over {@code sections/{path}}.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Articles")
public class TaxonomyArticlesResource {

    private final ArticleLists lists;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final PublicAnswers answers;

    TaxonomyArticlesResource(
            ArticleLists lists,
            SectionRepository sections,
            TagRepository tags,
            AuthorRepository authors,
            PublicAnswers answers) {
        this.lists = lists;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.answers = answers;
    }

    @GET
    @Path("sections/{path: .+}/articles")
    @Operation(summary = "Published articles of a section and its sub-sections, newest first")
    @APIResponseSchema(ArticleSummary.Page.class)
    public RestResponse<Payload> listSectionArticles(
            @RestPath @Parameter(example = "monde/europe") String path,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit,
            @RestQuery String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.PUBLISHED_ARTICLES, limit, cursor);
        var section = sections.findByPath(path).orElseThrow(() -> new NotFound("Section", path));
        return answer(request, lists.inSection(section), page);
    }

    @GET
    @Path("tags/{slug}/articles")
    @Operation(summary = "Published articles carrying a tag, newest first")
    @APIResponseSchema(ArticleSummary.Page.class)
    public RestResponse<Payload> listTagArticles(
            @RestPath String slug,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit,
            @RestQuery String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.PUBLISHED_ARTICLES, limit, cursor);
        var tag = tags.findBySlug(slug).orElseThrow(() -> new NotFound("Tag", slug));
        return answer(request, lists.withTag(tag), page);
    }

    @GET
    @Path("authors/{slug}/articles")
    @Operation(summary = "Published articles signed by an author, newest first")
    @APIResponseSchema(ArticleSummary.Page.class)
    public RestResponse<Payload> listAuthorArticles(
            @RestPath String slug,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit,
            @RestQuery String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.PUBLISHED_ARTICLES, limit, cursor);
        var author = authors.findBySlug(slug).orElseThrow(() -> new NotFound("Author", slug));
        return answer(request, lists.byAuthor(author), page);
    }

    private RestResponse<Payload> answer(Request request, ArticleLists.Listing listing, PageRequest page) {
        var teasers = lists.teasers(listing, page);
        return answers.json(request, teasers.page(), teasers.keys(), teasers.freshUntil());
    }
}
