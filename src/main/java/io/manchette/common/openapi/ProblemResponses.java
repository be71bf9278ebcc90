package io.manchette.common.openapi;

import io.manchette.common.request.ApiPaths;
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
        openAPI.getComponents()
                .addResponse(
                        "ServiceUnavailable",
                        OASFactory.createAPIResponse()
                                .description("The database cannot be reached (and no stale answer may stand in):"
                                        + " retry after Retry-After seconds")
                                .content(problemContent())
                                .addHeader("Retry-After", header("Seconds to wait before trying again", "5")));
        CACHING_HEADERS.forEach((name, header) -> openAPI.getComponents().addHeader(name, header));
        openAPI.getComponents()
                .addSecurityScheme(
                        "bearerAuth",
                        OASFactory.createSecurityScheme()
                                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An API token (mch_…) from /api/admin/tokens; its scopes act as roles"));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean management = ApiPaths.isManagement(path);
        declareSecurity(management, operation);
        if (isStream(operation)) {
            return; // a stream documents its own answers: no ETag, no 304, no 503 (it waits for the database)
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean write = method != PathItem.HttpMethod.GET;
        boolean pathParams = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean queryParams = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean versioned = management
                && (method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.PATCH
                        || method == PathItem.HttpMethod.DELETE
                        || path.endsWith("/restore"));

        boolean publicRead = !management && method == PathItem.HttpMethod.GET;
        Map<String, String> errors = new LinkedHashMap<>();
        if (publicRead) {
            errors.put(
                    "400",
                    "A query parameter this endpoint does not take, given twice, or invalid: the"
                            + " violations name it");
        } else if (hasBody || queryParams || pathParams) {
            errors.put("400", "Invalid input: the violations name each offending field");
        }
        if (management) {
            errors.put("401", "Not signed in");
            errors.put("403", "Signed in without the role this needs");
            errors.put("429", "Too many failed sign-ins from this address: retry after Retry-After seconds");
        }
        if (pathParams) {
            errors.put("404", "Nothing at this path, or not published");
        }
        errors.put("406", "The client does not accept JSON");
        if (management && write) {
            errors.put("409", "Conflicts with the current state (slug taken, still in use, not allowed now)");
        } else if (write) {
            errors.put("409", "Not allowed now (comments closed on this article)");
            errors.put("429", "Too many requests from this client: retry after Retry-After seconds");
        }
        if (versioned || (management && write && pathParams)) {
            errors.put("412", "If-Match names a version that is no longer current; currentVersion says which is");
        }
        if (hasBody) {
            errors.put("413", "The body is over the size limit");
            errors.put("415", "The body is not JSON");
        }
        errors.put("414", "The request URI is over the limit");
        if (versioned) {
            errors.put("428", "If-Match is missing: send the ETag of your last read");
        }
        if (operation.getResponses().getAPIResponse("503") == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "503", OASFactory.createAPIResponse().ref("#/components/responses/ServiceUnavailable"));
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
        if (publicRead) {
            describeCachingHeaders(operation);
        }
        errors.forEach((status, description) -> {
            var documented = operation.getResponses().getAPIResponse(status);
            if (documented != null && documented.getRef() == null && documented.getContent() == null) {
                // Documented by the framework (401, 403, 400 of Bean Validation) without its body.
                documented.setContent(problemContent());
            } else if (documented == null) {
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

    private static boolean isStream(Operation operation) {
        var ok = operation.getResponses() == null
                ? null
                : operation.getResponses().getAPIResponse("200");
        return ok != null && ok.getContent() != null && ok.getContent().getMediaType("text/event-stream") != null;
    }

    /** The headers of a public answer, from the cache or not (see the README's Performance section). */
    private static final Map<String, org.eclipse.microprofile.openapi.models.headers.Header> CACHING_HEADERS =
            new java.util.TreeMap<>(Map.of(
                    "ETag",
                    header("Strong validator: a digest of the exact bytes", "\"WZMN1b66NtovT23Bb4Vg3H\""),
                    "Cache-Control",
                    header(
                            "How long browsers and CDNs may keep it",
                            "public, max-age=60, stale-while-revalidate=300, stale-if-error=600"),
                    "Cache-Status",
                    header(
                            "RFC 9211: how Manchette's cache served it: hit; fwd=miss or fwd=stale (computed),"
                                    + " with stored or collapsed; fwd=stale; fwd-status=503 (served stale, the"
                                    + " database being out of reach); fwd=bypass",
                            "Manchette; hit"),
                    "Surrogate-Key",
                    header(
                            "The cache keys of what it shows, for CDN purges (the header's name is"
                                    + " MANCHETTE_DELIVERY_SURROGATE_KEY_HEADER; Cache-Tag separates them with"
                                    + " commas)",
                            "article:12 section:3 section:7 tag:5")));

    private static void describeCachingHeaders(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                CACHING_HEADERS
                        .keySet()
                        .forEach(name -> response.addHeader(
                                name, OASFactory.createHeader().ref("#/components/headers/" + name)));
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description, String example) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .examples(java.util.List.of(example)));
    }

    /**
     * Public operations need no credentials ({@code security: []}); management ones take HTTP Basic
     * or a Bearer token, with the same roles.
     */
    private static void declareSecurity(boolean management, Operation operation) {
        var requirements = operation.getSecurity();
        if (!management) {
            operation.setSecurity(new java.util.ArrayList<>());
            return;
        }
        if (requirements == null) {
            return;
        }
        var withTokens = new java.util.ArrayList<>(requirements);
        for (var requirement : requirements) {
            var roles = requirement.getScheme("basicAuth");
            if (roles != null) {
                withTokens.add(OASFactory.createSecurityRequirement().addScheme("bearerAuth", roles));
            }
        }
        operation.setSecurity(withTokens);
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        PROBLEM,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
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
                                .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
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
