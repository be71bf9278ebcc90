package io.manchette.common.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the error responses every operation can give (and the 304 of public reads), from what the operation is (a
 * management write, a read by id, a body to validate), so each endpoint states all of its errors
 * without repeating a dozen annotations, and the document cannot drift from the rules.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean management = path.startsWith("/api/admin");
        boolean hasBody = operation.getRequestBody() != null;
        boolean write = method != PathItem.HttpMethod.GET;
        boolean pathParams = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean queryParams = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean versioned = management
                && (method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.PATCH
                        || method == PathItem.HttpMethod.DELETE);

        Map<String, String> errors = new LinkedHashMap<>();
        if (hasBody || queryParams) {
            errors.put("400", "Invalid input: the violations name each offending field");
        }
        if (management) {
            errors.put("401", "Not signed in");
            errors.put("403", "Signed in without the role this needs");
        }
        if (pathParams) {
            errors.put("404", "Nothing at this path, or not published");
        }
        errors.put("406", "The client does not accept JSON");
        if (management && write) {
            errors.put("409", "Conflicts with the current state (slug taken, still in use, not allowed now)");
        }
        if (versioned || (management && write && pathParams)) {
            errors.put("412", "If-Match names a version that is no longer current; currentVersion says which is");
        }
        if (hasBody) {
            errors.put("413", "The body is over the size limit");
            errors.put("415", "The body is not JSON");
        }
        if (versioned) {
            errors.put("428", "If-Match is missing: send the ETag of your last read");
        }
        if (!management
                && method == PathItem.HttpMethod.GET
                && operation.getResponses().getAPIResponse("304") == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "304",
                            OASFactory.createAPIResponse()
                                    .description("Not modified: If-None-Match named the current ETag; no body"));
        }
        errors.forEach((status, description) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation
                        .getResponses()
                        .addAPIResponse(
                                status,
                                OASFactory.createAPIResponse()
                                        .description(description)
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        PROBLEM,
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .ref(PROBLEM_REF)))));
            }
        });
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text("JSON path of the input field", "body[2].level"))
                .addProperty("message", text("What is wrong with it", "must be less than or equal to 4"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty(
                        "type", text("Stable URI of the kind of problem", "https://manchette.io/problems/validation"))
                .addProperty("title", text("Short summary of the kind", "Invalid input"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .examples(java.util.List.of(400)))
                .addProperty("detail", text("What happened this time", "The request has 1 invalid field(s)"))
                .addProperty("instance", text("The request path", "/api/admin/articles"))
                .addProperty(
                        "violations",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("Validation problems only")
                                .items(violation))
                .addProperty(
                        "currentVersion",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .description("412 only: the resource's current version"))
                .required(java.util.List.of("type", "title", "status"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description(description)
                .examples(java.util.List.of(example));
    }
}
