package io.manchette.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem details answered by a Vert.x route, before any JAX-RS work (a refused query, a body or
 * URI over its limit), in the same shape and type as the JAX-RS mappers give.
 */
public final class RouteProblems {

    private RouteProblems() {}

    /** Ends the request with {@code problem}; headers already put on the response stay. */
    public static void send(RoutingContext context, ObjectMapper json, Problem problem) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A problem could not be written as JSON", impossible);
        }
        context.response()
                .setStatusCode(problem.getStatus())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(body));
    }
}
