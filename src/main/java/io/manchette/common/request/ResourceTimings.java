package io.manchette.common.request;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The JAX-RS side of {@link RequestIds}: the request id goes into the logging MDC (Quarkus keeps
 * the MDC in the request's own Vert.x context, so it follows the request to its worker thread and
 * dies with it), and the matched resource method names the route template the request is timed
 * under: the {@code @Path} of its class and method, never the path as sent.
 */
public class ResourceTimings {

    private final HttpTimings timings;
    private final CurrentVertxRequest current;
    private final ConcurrentHashMap<Method, HttpTimings.Route> byMethod = new ConcurrentHashMap<>();

    ResourceTimings(HttpTimings timings, CurrentVertxRequest current) {
        this.timings = timings;
        this.current = current;
    }

    @ServerRequestFilter(preMatching = true, priority = 0)
    void logWithRequestId() {
        RequestIds.Exchange exchange = RequestIds.of(current.getCurrent());
        if (exchange != null) {
            MDC.put(RequestIds.MDC_KEY, exchange.id());
        }
    }

    @ServerRequestFilter(priority = 0)
    void nameRoute(ContainerRequestContext request, ResourceInfo resource) {
        RequestIds.Exchange exchange = RequestIds.of(current.getCurrent());
        Method method = resource.getResourceMethod();
        if (exchange != null && method != null) {
            String verb = request.getMethod();
            HttpTimings.Route route = byMethod.computeIfAbsent(
                    method, m -> timings.route(verb, template(resource.getResourceClass(), m)));
            // A HEAD served by a GET method is timed as a HEAD.
            exchange.answeredBy(route.method().equals(verb) ? route : timings.route(verb, route.uri()));
        }
    }

    /** The class's {@code @Path} and the method's, joined: {@code /api/articles/{slug}}. */
    static String template(Class<?> type, Method method) {
        Path root = type.getAnnotation(Path.class);
        Path sub = method.getAnnotation(Path.class);
        String template = ("/" + (root == null ? "" : root.value()) + "/" + (sub == null ? "" : sub.value()))
                .replaceAll("/+", "/");
        return template.length() > 1 && template.endsWith("/")
                ? template.substring(0, template.length() - 1)
                : template;
    }
}
