package io.manchette.common.request;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@code http_server_requests_seconds}: every request timed under its route template
 * ({@code /api/articles/{slug}}), never its raw path, so the number of series stays bounded
 * whatever paths clients send. Micrometer's own Vert.x binder is off: it looked meters up on
 * every request and made a cache hit cost 60% more CPU. Here a route's timers are found once
 * (a cached answer keeps its {@link Route}) and a request only records a duration.
 */
@ApplicationScoped
public class HttpTimings {

    /** The metric name; Prometheus shows it as {@code http_server_requests_seconds}. */
    public static final String NAME = "http.server.requests";

    /** The label of every request that matched no route (a 404 of an unknown path, a 405). */
    public static final String UNMATCHED = "/unmatched";

    private static final Pattern VARIABLE_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    /** Enough to tell a cache hit (well under a millisecond) from a query and from a stall. */
    private static final Duration[] BUCKETS = {
        Duration.ofNanos(250_000),
        Duration.ofMillis(1),
        Duration.ofMillis(5),
        Duration.ofMillis(25),
        Duration.ofMillis(100),
        Duration.ofMillis(500),
        Duration.ofMillis(2500)
    };

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, Route> routes = new ConcurrentHashMap<>();
    private final Route unmatched;

    HttpTimings(MeterRegistry registry) {
        this.registry = registry;
        this.unmatched = new Route(registry, "*", UNMATCHED);
    }

    /** The timers of one method and route template, e.g. {@code GET /api/articles/{slug}}. */
    public Route route(String method, String template) {
        String uri = VARIABLE_REGEX.matcher(template).replaceAll("{$1}");
        return routes.computeIfAbsent(method + ' ' + uri, k -> new Route(registry, method, uri));
    }

    public Route unmatched() {
        return unmatched;
    }

    /** The timers of one route, one per status code it answered. */
    public static final class Route {

        private final MeterRegistry registry;
        private final String method;
        private final String uri;
        // The statuses of nearly every public read, without a map look-up.
        private volatile Timer ok;
        private volatile Timer notModified;
        private final ConcurrentHashMap<Integer, Timer> others = new ConcurrentHashMap<>();

        Route(MeterRegistry registry, String method, String uri) {
            this.registry = registry;
            this.method = method;
            this.uri = uri;
        }

        public String method() {
            return method;
        }

        public String uri() {
            return uri;
        }

        /** Records one request that took {@code nanos} and answered {@code status}. */
        public void record(int status, long nanos) {
            timer(status).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        }

        private Timer timer(int status) {
            if (status == 200) {
                Timer t = ok;
                return t != null ? t : (ok = build(200));
            }
            if (status == 304) {
                Timer t = notModified;
                return t != null ? t : (notModified = build(304));
            }
            return others.computeIfAbsent(status, this::build);
        }

        private Timer build(int status) {
            return Timer.builder(NAME)
                    .description("HTTP requests by route template and status")
                    .tag("method", method)
                    .tag("uri", uri)
                    .tag("status", Integer.toString(status))
                    .tag("outcome", outcome(status))
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry);
        }

        private static String outcome(int status) {
            return switch (status / 100) {
                case 1 -> "INFORMATIONAL";
                case 2 -> "SUCCESS";
                case 3 -> "REDIRECTION";
                case 4 -> "CLIENT_ERROR";
                case 5 -> "SERVER_ERROR";
                default -> "UNKNOWN";
            };
        }
    }
}
