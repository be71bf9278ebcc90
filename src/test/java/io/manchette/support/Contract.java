package io.manchette.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds every HTTP exchange of the test suite to the committed {@code openapi.yaml}: an answer that
 * strays from the document (a field it does not declare as nullable answering null, a block without
 * its type, an undocumented status) fails the test that received it, error answers included.
 * Requests are checked when the API accepted them (status below 400): tests send invalid requests
 * on purpose, and the answer to those is checked instead. Installed before each {@code @QuarkusTest}
 * by {@code META-INF/services}, so no test can forget it.
 */
public final class Contract implements OrderedFilter, QuarkusTestBeforeEachCallback {

    /** Loaded at the first exchange, so that a document that does not load fails tests, not the run. */
    private static final class Document {
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createForSpecificationUrl(
                        Path.of("openapi.yaml").toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        // A deliberately unknown path (a 404 test).
                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                        // The validator reads query values undecoded (?limit=+1, which is " 1").
                        .withLevel("validation.request.parameter.schema.invalidJson", ValidationReport.Level.IGNORE)
                        // The validator reads ?limit= (empty, which the API takes as absent) as missing.
                        .withLevel("validation.request.parameter.missing", ValidationReport.Level.IGNORE)
                        // A method the path does not take (answered 405).
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /**
     * Methods the document does not list (HEAD answers as GET, OPTIONS is CORS preflight); Quarkus's
     * own endpoints under /q/ (health, the document itself) are not part of it either, nor the 405 of
     * a method a path does not take.
     */
    private static final Set<String> UNDOCUMENTED_METHODS = Set.of("HEAD", "OPTIONS");

    /** Section paths hold slashes ({@code monde/europe}); the document names them as one parameter. */
    private static final Pattern SECTION_PATH =
            Pattern.compile("^(/api/sections/|/feeds/)(.+?)(/articles|/rss\\.xml)?$");

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    private static final Contract INSTANCE = new Contract();

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        if (UNDOCUMENTED_METHODS.contains(request.getMethod())
                || request.getURI().contains("/q/")
                || response.statusCode() == 405) {
            return response;
        }
        Request sent = folded(RestAssuredRequest.of(request));
        var received = isBinary(response) ? withoutBody(response) : RestAssuredResponse.of(response);
        // REST Assured hands the validator no body for a multipart request (a media upload): its
        // answer is checked, the form is not.
        boolean multipart =
                request.getContentType() != null && request.getContentType().startsWith("multipart/");
        ValidationReport report = response.statusCode() < 400 && !multipart
                ? Document.VALIDATOR.validate(sent, received)
                : Document.VALIDATOR.validateResponse(sent.getPath(), sent.getMethod(), received);
        if (report.hasErrors()) {
            throw new AssertionError("The exchange " + request.getMethod() + " " + request.getURI() + " → "
                    + response.statusCode() + " strays from openapi.yaml:\n"
                    + report.getMessages().stream()
                            .map(message -> "- " + message.getKey() + ": " + message.getMessage()
                                    + message.getContext()
                                            .flatMap(c -> c.getPointers())
                                            .map(p -> " (at " + p.getInstance() + ")")
                                            .orElse(""))
                            .reduce("", (a, b) -> a + b + "\n")
                    + "Answer: " + response.asString());
        }
        return response;
    }

    /**
     * Images (media renditions): the validator would read the body as text, and REST Assured would
     * then give the test that text's bytes instead of the image's; status, type and headers are
     * checked.
     */
    private static boolean isBinary(Response response) {
        String type = response.contentType();
        return type != null && type.startsWith("image/");
    }

    private static com.atlassian.oai.validator.model.Response withoutBody(Response response) {
        var builder = new com.atlassian.oai.validator.model.SimpleResponse.Builder(response.statusCode());
        response.headers().forEach(h -> builder.withHeader(h.getName(), h.getValue()));
        // A stand-in for the bytes (the document says: a binary string).
        return builder.withBody("binary").build();
    }

    /** The request with a section path's slashes encoded, as the document's one path parameter. */
    private static Request folded(Request request) {
        Matcher section = SECTION_PATH.matcher(request.getPath());
        if (!section.matches() || !section.group(2).contains("/")) {
            return request;
        }
        String path = section.group(1)
                + section.group(2).replace("/", "%2F")
                + (section.group(3) == null ? "" : section.group(3));
        var copy = new SimpleRequest.Builder(request.getMethod(), path);
        request.getHeaders().forEach((name, values) -> copy.withHeader(name, java.util.List.copyOf(values)));
        request.getQueryParameters()
                .forEach(name ->
                        copy.withQueryParam(name, java.util.List.copyOf(request.getQueryParameterValues(name))));
        request.getRequestBody().ifPresent(copy::withBody);
        return copy.build();
    }

    @Override
    public int getOrder() {
        // Closest to the wire: sees the request as sent (authentication included) and the raw answer.
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
