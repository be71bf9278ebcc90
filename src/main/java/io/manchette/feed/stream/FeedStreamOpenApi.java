package io.manchette.feed.stream;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents {@code GET /api/feed/stream}: a Vert.x route, which the annotation scanner does not
 * see, so the operation is written here.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FeedStreamOpenApi implements OASFilter {

    static final String DESCRIPTION = "Server-Sent Events (text/event-stream): each item that enters,"
            + " changes in or leaves \"Le fil info\" (GET /api/feed with the same scope), as it is committed"
            + " on any instance.\n\n"
            + "Events: `item` (data: the FeedItem, as /api/feed shows it; place it by publishedAt, it"
            + " replaces the item of the same slug), `removed` (data: `{\"slug\": …}`: unpublished,"
            + " archived, deleted, renamed to another slug, or for scope=front taken off the front page),"
            + " `reset` (data: `{\"reason\": …}`: what was missed cannot be replayed; fetch /api/feed again)."
            + " Every event has an `id:`; blocks with an id and no data only move the client's position."
            + " Lines starting with `:` are heartbeats.\n\n"
            + "Reconnecting with `Last-Event-ID` (EventSource does it by itself) replays the current state"
            + " of each article changed since, within manchette.stream.replay-window and"
            + " manchette.stream.replay-max, else sends `reset`; an id this server did not write is a"
            + " `reset` too, never an error. For scope=front, a change of the front page's selection"
            + " while the client was away is a `reset`.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            openAPI.setPaths(OASFactory.createPaths());
        }
        var operation = OASFactory.createOperation()
                .operationId("streamFeed")
                .summary("Le fil info, live (Server-Sent Events)")
                .description(DESCRIPTION)
                .tags(List.of("Delivery"))
                .addParameter(OASFactory.createParameter()
                        .name("scope")
                        .in(Parameter.In.QUERY)
                        .description("all (\"Tous\", the default) or front (\"La Une\")")
                        .example("all")
                        .schema(OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .enumeration(List.of("all", "front"))
                                .defaultValue("all")))
                .addParameter(OASFactory.createParameter()
                        .name("Last-Event-ID")
                        .in(Parameter.In.HEADER)
                        .description("The id of the last event received: the stream resumes after it")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                "200",
                                OASFactory.createAPIResponse()
                                        .description("The stream; it stays open")
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        FeedStreamRoute.EVENT_STREAM,
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .type(List.of(Schema.SchemaType.STRING)))
                                                                .example("id: 4812\nevent: item\ndata: {\"slug\":"
                                                                        + "\"kazakhstan-l-armee-reprend-l-aeroport-d-almaty\","
                                                                        + "\"title\":\"Kazakhstan : l’armée reprend"
                                                                        + " l’aéroport d’Almaty\",\"section\":{\"slug\":"
                                                                        + "\"asie\",\"name\":\"Asie\",\"path\":"
                                                                        + "\"monde/asie\"},\"publishedAt\":"
                                                                        + "\"2026-12-02T09:14:03.498Z\"}\n\n"))))
                        .addAPIResponse(
                                "400",
                                problem("A query parameter other than scope, given twice, or invalid:"
                                        + " the violations name it"))
                        .addAPIResponse("406", problem("The client does not accept text/event-stream")));
        openAPI.getPaths()
                .addPathItem(FeedStreamRoute.PATH, OASFactory.createPathItem().GET(operation));
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/problem+json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
