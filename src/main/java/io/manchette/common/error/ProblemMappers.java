package io.manchette.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.manchette.common.json.RefusedJson;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem details. Domain exceptions carry their own
 * status; framework exceptions are mapped here by meaning; anything unexpected is logged and
 * answered with a generic 500 that never shows a class name or a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BASIC_CHALLENGE = "Basic realm=\"Manchette\", charset=\"UTF-8\"";

    private final Instance<DatabaseUnavailable.Fallback> fallbacks;

    ProblemMappers(Instance<DatabaseUnavailable.Fallback> fallbacks) {
        this.fallbacks = fallbacks;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> domain(ProblemException e, UriInfo uri) {
        var response = RestResponse.ResponseBuilder.<Problem>create(e.status())
                .entity(Problem.of(e, instance(uri)))
                .type(Problem.MEDIA_TYPE);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> validation(ValidationException e, UriInfo uri) {
        if (!(e instanceof jakarta.validation.ConstraintViolationException cve)) {
            return internal(e, uri);
        }
        if (cve.getConstraintViolations().stream().anyMatch(ProblemMappers::isOnReturnValue)) {
            return internal(e, uri);
        }
        List<Violation> violations = cve.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        if (violations.stream().anyMatch(v -> v.field().isEmpty())) {
            // Only the request body itself is validated as a whole: it was missing.
            return respond(400, ProblemTypes.MALFORMED, "Missing body", "This request needs a JSON body", uri);
        }
        return domain(new InvalidInput(violations), uri);
    }

    /** Declared apart because Quarkus ships a mapper for this subtype that would otherwise win. */
    @ServerExceptionMapper
    public RestResponse<Problem> jsonShape(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof RefusedJson refused) {
            return domain(
                    new InvalidInput(refused.field().isEmpty() ? "(body)" : refused.field(), refused.rule()), uri);
        }
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            return respond(400, ProblemTypes.MALFORMED, "Malformed JSON", "The request body is not valid JSON", uri);
        }
        String field = jsonPath(mapping);
        String message;
        if (e instanceof InvalidTypeIdException typeId) {
            field = field.isEmpty() ? "type" : field + ".type";
            message = typeId.getTypeId() == null ? "is required" : "unknown type '" + typeId.getTypeId() + "'";
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else {
            message = "has the wrong type or an unknown value";
        }
        if (field.isEmpty()) {
            return respond(400, ProblemTypes.MALFORMED, "Malformed JSON", "The request body has the wrong shape", uri);
        }
        return domain(new InvalidInput(field, message), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 400 -> respond(400, ProblemTypes.MALFORMED, "Bad request", "The request could not be read", uri);
            case 404 -> respond(404, ProblemTypes.NOT_FOUND, "Not found", "No resource at this path", uri);
            case 405 ->
                respond(
                        405,
                        ProblemTypes.METHOD_NOT_ALLOWED,
                        "Method not allowed",
                        "This path does not support that method",
                        uri);
            case 406 ->
                respond(
                        406,
                        ProblemTypes.NOT_ACCEPTABLE,
                        "Not acceptable",
                        "This resource is served as application/json",
                        uri);
            case 413 ->
                respond(
                        413,
                        ProblemTypes.PAYLOAD_TOO_LARGE,
                        "Payload too large",
                        "The request body is over the size limit",
                        uri);
            case 415 ->
                respond(
                        415,
                        ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                        "Unsupported media type",
                        "Send the body as application/json",
                        uri);
            default ->
                status >= 500
                        ? internal(e, uri)
                        : respond(status, ProblemTypes.MALFORMED, "Request refused", "The request was refused", uri);
        };
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public RestResponse<?> unauthorized(RuntimeException e, UriInfo uri) {
        if (DatabaseUnavailable.caused(e)) {
            return unavailable(e, uri); // the credentials could not be checked, not refused
        }
        if (e.getCause() instanceof ProblemException refusal) {
            return domain(refusal, uri); // a throttled sign-in, wrapped by the security layer
        }
        return RestResponse.ResponseBuilder.<Problem>create(401)
                .entity(problem(
                        401,
                        ProblemTypes.UNAUTHORIZED,
                        "Unauthorized",
                        "Sign in with HTTP Basic, or send a valid API token as Bearer",
                        uri,
                        Map.of()))
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE)
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, ProblemTypes.FORBIDDEN, "Forbidden", "Your role does not allow this action", uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public RestResponse<Problem> concurrentEdit(RuntimeException e, UriInfo uri) {
        return respond(
                412,
                ProblemTypes.PRECONDITION_FAILED,
                "Precondition failed",
                "The resource was changed by someone else while you saved; read it again",
                uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> uniqueness(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.infof("Write refused by a database constraint %s", e.getConstraintName());
        return respond(
                409,
                ProblemTypes.CONFLICT,
                "Conflict",
                "The change clashes with existing data; read it again and retry",
                uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public RestResponse<?> unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.caused(e)) {
            return unavailable(e, uri);
        }
        return internal(e, uri);
    }

    /** PostgreSQL is out of reach: a stale answer where one may stand in, else a 503 to retry. */
    private RestResponse<?> unavailable(Throwable e, UriInfo uri) {
        for (DatabaseUnavailable.Fallback fallback : fallbacks) {
            var instead = fallback.instead();
            if (instead.isPresent()) {
                return instead.get();
            }
        }
        LOG.warnf("The database is out of reach on %s: %s", uri.getPath(), e.getMessage());
        return RestResponse.ResponseBuilder.<Problem>create(503)
                .entity(problem(
                        503,
                        ProblemTypes.SERVICE_UNAVAILABLE,
                        "Service unavailable",
                        "The database cannot be reached; try again in a few seconds",
                        uri,
                        Map.of()))
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .build();
    }

    private RestResponse<Problem> internal(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(500, ProblemTypes.INTERNAL, "Internal error", "Something went wrong on our side", uri);
    }

    private static RestResponse<Problem> respond(int status, String type, String title, String detail, UriInfo uri) {
        return respond(status, type, title, detail, uri, Map.of());
    }

    private static RestResponse<Problem> respond(
            int status, String type, String title, String detail, UriInfo uri, Map<String, Object> extensions) {
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(problem(status, type, title, detail, uri, extensions))
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private static Problem problem(
            int status, String type, String title, String detail, UriInfo uri, Map<String, Object> extensions) {
        return new Problem(type, title, status, detail, instance(uri), extensions);
    }

    private static String instance(UriInfo uri) {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static boolean isOnReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JSON path of the input ({@code body[2].level}), never the Java method and parameter names;
     * empty when the violation is on the request body as a whole.
     */
    static String fieldOf(Path path) {
        var field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE, PARAMETER -> {}
                default -> {
                    if (node.isInIterable()) {
                        field.append('[')
                                .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                                .append(']');
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        var field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
