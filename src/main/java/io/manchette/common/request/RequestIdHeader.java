package io.manchette.common.request;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents {@code X-Request-Id} ({@link RequestIds}): one reusable header in the components,
 * referenced by every response of every operation and by the shared responses. It runs on the
 * finished document (ProblemResponses, run after build-time filters, adds most error responses).
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class RequestIdHeader implements OASFilter {

    static final String REF = "#/components/headers/" + RequestIds.HEADER;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addHeader(
                        RequestIds.HEADER,
                        OASFactory.createHeader()
                                .description("The request's id, also in its log lines: the caller's own X-Request-Id"
                                        + " when it sent a valid one (1 to " + RequestIds.MAX_LENGTH
                                        + " of A-Z a-z 0-9 - _ . : / + =), otherwise a new one")
                                .schema(OASFactory.createSchema()
                                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                                        .maxLength(RequestIds.MAX_LENGTH)));
        Map<String, APIResponse> shared = openAPI.getComponents().getResponses();
        if (shared != null) {
            shared.values().forEach(RequestIdHeader::reference);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getResponses() != null
                            && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(RequestIdHeader::reference);
                    }
                }));
    }

    /** A response given by reference gets the header where it is defined, not beside its $ref. */
    private static void reference(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        Map<String, Header> headers = response.getHeaders();
        if (headers == null || !headers.containsKey(RequestIds.HEADER)) {
            response.addHeader(RequestIds.HEADER, OASFactory.createHeader().ref(REF));
        }
    }
}
