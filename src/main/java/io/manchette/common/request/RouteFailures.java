package io.manchette.common.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.common.error.Problem;
import io.manchette.common.error.ProblemTypes;
import io.manchette.common.error.RouteProblems;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Requests that Vert.x Web refuses with a client error before any resource runs (an HTTP/1.1
 * request without {@code Host}, say) are answered as problems too, instead of Quarkus's error page
 * with an error id; server errors go on to Quarkus's handler, which logs them.
 */
@ApplicationScoped
public class RouteFailures {

    /** Before Quarkus's own failure handler. */
    private static final int ORDER = -5;

    private final ObjectMapper json;

    RouteFailures(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        int status = context.statusCode();
        if (status < 400 || status >= 500 || context.response().headWritten()) {
            context.next();
            return;
        }
        String path = context.request().path();
        RouteProblems.send(
                context,
                json,
                switch (status) {
                    case 404 -> Problem.of(404, ProblemTypes.NOT_FOUND, "Not found", "No resource at this path", path);
                    case 405 ->
                        Problem.of(
                                405,
                                ProblemTypes.METHOD_NOT_ALLOWED,
                                "Method not allowed",
                                "This path does not support that method",
                                path);
                    case 413 ->
                        Problem.of(
                                413,
                                ProblemTypes.PAYLOAD_TOO_LARGE,
                                "Payload too large",
                                "The request body is over the size limit",
                                path);
                    default ->
                        Problem.of(
                                status, ProblemTypes.MALFORMED, "Bad request", "The request could not be read", path);
                });
    }
}
