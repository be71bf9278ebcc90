package io.manchette.search;

import static io.manchette.common.request.QueryParams.optional;

import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.PageRequest;
import io.manchette.common.time.Instants;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Search for readers: French full text over published articles, and title suggestions. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Search")
public class SearchResource {

    private final SearchService service;
    private final PublicAnswers answers;

    SearchResource(SearchService service, PublicAnswers answers) {
        this.service = service;
        this.answers = answers;
    }

    @GET
    @APIResponseSchema(SearchItem.Page.class)
    @Operation(
            summary = "Search published articles",
            description = "Web-search syntax: words (all must match), \"a quoted phrase\", -excluded. Case, accents,"
                    + " apostrophes and plurals do not matter. Best match first (title over lead over body),"
                    + " newest first among equals.")
    public RestResponse<Payload> searchArticles(
            @RestQuery @Parameter(description = "What to look for", example = "coup d'etat -almaty") String q,
            @RestQuery @Parameter(description = "Section path; its sub-sections are included") String section,
            @RestQuery @Parameter(description = "Tag slug") String tag,
            @RestQuery @Parameter(description = "Published on or after (date or instant)", example = "2026-01-01")
                    String from,
            @RestQuery @Parameter(description = "Published before the end of (date) or before (instant)") String to,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit,
            @RestQuery String cursor,
            Request request) {
        var criteria = SearchCriteria.published(
                service.query(q),
                optional(section),
                optional(tag),
                Instants.parse("from", from, false),
                Instants.parse("to", to, true));
        // Any change to any published article may change what a search finds.
        return answers.json(
                request,
                service.search(criteria, PageRequest.of(Cursor.Kind.SEARCH, limit, cursor), SearchItem::from),
                CacheKeys.of(CacheKeys.ANY_ARTICLE));
    }

    @GET
    @Path("suggest")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Suggestion.class)))
    @Operation(summary = "Titles completing a search box", description = "From a prefix, tolerating small typos.")
    public RestResponse<Payload> suggestTitles(
            @RestQuery @Parameter(description = "What was typed so far (2 to 100 characters)", example = "kazak")
                    String q,
            Request request) {
        return answers.json(request, service.suggest(q), CacheKeys.of(CacheKeys.ANY_ARTICLE));
    }
}
