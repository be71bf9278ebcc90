package io.manchette.common.request;

import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gives every request an id, returned in {@code X-Request-Id} (cache hits included) and carried by
 * the log lines of its request: the caller's own when it sent a sensible one (a proxy's or a load
 * balancer's, so one id follows the request across them), otherwise a new one. New ids are this
 * instance's random prefix and a counter: unique enough to find a request's lines, and free of the
 * SecureRandom a UUID would draw on every request. The route also starts the request's timing for
 * {@link HttpTimings}, recorded under the route template that served it.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** The MDC key of the request id, as the JSON log lines show it. */
    public static final String MDC_KEY = "requestId";

    /** The longest incoming id reused; anything longer is replaced. */
    public static final int MAX_LENGTH = 64;

    /** Before every other route of Manchette (the earliest is at -5), after Quarkus's own set-up. */
    private static final int ORDER = -10_000;

    private static final String EXCHANGE = "manchette.exchange";

    /**
     * A request on its way: its id, when it started, and the route template that answers it. An
     * answer sent while the routes run (a cache hit, a refused request) is timed as the routes
     * return, without an end handler; a request that goes on to a worker or waits is timed by an
     * end handler, registered before it leaves the event loop ({@link #timeUntilEnd}).
     */
    public static final class Exchange implements Handler<AsyncResult<Void>> {
        private final String id;
        private final long startedNanos;
        private final RoutingContext context;
        private final HttpTimings timings;
        private final boolean timed;
        private HttpTimings.Route route;
        private boolean untilEnd;

        Exchange(String id, long startedNanos, RoutingContext context, HttpTimings timings, boolean timed) {
            this.id = id;
            this.startedNanos = startedNanos;
            this.context = context;
            this.timings = timings;
            this.timed = timed;
        }

        public String id() {
            return id;
        }

        /** The route that answers; the first one named wins (the cache's, or the resource's). */
        public void answeredBy(HttpTimings.Route route) {
            if (this.route == null) {
                this.route = route;
            }
        }

        /** The answer will come later, from another thread or callback: time the request until it ends. */
        public void timeUntilEnd() {
            if (timed && !untilEnd) {
                untilEnd = true;
                context.addEndHandler(this);
            }
        }

        /** The routes returned: an answer already sent is timed now. */
        void routesReturned() {
            if (timed && !untilEnd && context.response().ended()) {
                record();
            }
        }

        /** The response ended (or the connection closed). */
        @Override
        public void handle(AsyncResult<Void> ended) {
            record();
        }

        private void record() {
            HttpTimings.Route r = route == null ? timings.unmatched() : route;
            r.record(context.response().getStatusCode(), System.nanoTime() - startedNanos);
        }
    }

    private final HttpTimings timings;
    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    RequestIds(HttpTimings timings) {
        this.timings = timings;
        this.prefix = randomPrefix();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::tag);
    }

    /** The exchange of the request this context serves; {@code null} outside one. */
    public static Exchange of(RoutingContext context) {
        return context == null ? null : context.get(EXCHANGE);
    }

    private void tag(RoutingContext context) {
        long started = System.nanoTime();
        String id = context.request().getHeader(HEADER);
        if (!isAcceptable(id)) {
            id = next();
        }
        context.response().putHeader(HEADER, id);
        // Quarkus's own endpoints (metrics, health, OpenAPI) are not timed, as Micrometer's default.
        var exchange = new Exchange(
                id,
                started,
                context,
                timings,
                !ApiPaths.isOperations(context.request().path()));
        context.put(EXCHANGE, exchange);
        context.next();
        exchange.routesReturned();
    }

    String next() {
        return prefix + Long.toString(counter.incrementAndGet(), 36);
    }

    /** 1 to 64 of {@code A-Z a-z 0-9 - _ . : / + =}: a UUID, a trace id, a proxy's id; never a log injection. */
    static boolean isAcceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == ':'
                    || c == '/'
                    || c == '+'
                    || c == '=';
            if (!safe) {
                return false;
            }
        }
        return true;
    }

    /** Eight base-36 characters drawn once, so that two instances do not hand out the same ids. */
    private static String randomPrefix() {
        long bits = new SecureRandom().nextLong() & Long.MAX_VALUE;
        String digits = Long.toString(bits, 36);
        return digits.substring(0, Math.min(8, digits.length())) + "-";
    }
}
