package io.manchette.feed.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.Problem;
import io.manchette.common.error.ProblemTypes;
import io.manchette.common.error.RouteProblems;
import io.manchette.common.error.Violation;
import io.manchette.feed.FeedScope;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/feed/stream}: Server-Sent Events on the event loop. A connection costs a few
 * objects and a timer, not a thread: the hub hands it bytes, which it writes on its own event loop,
 * and a heartbeat comment goes out on a timer. A client that leaves more than
 * {@code manchette.stream.client-buffer} unread is disconnected; it comes back with Last-Event-ID.
 */
@ApplicationScoped
public class FeedStreamRoute {

    public static final String PATH = "/api/feed/stream";

    static final String EVENT_STREAM = "text/event-stream";

    /** After Quarkus's own handlers and StrictTransport (900), before the public cache (1000). */
    private static final int ORDER = 950;

    private static final Logger LOG = Logger.getLogger(FeedStreamRoute.class);
    private static final byte[] HEARTBEAT = Sse.comment("heartbeat");
    private static final byte[] OPENING = Sse.comment("Manchette, le fil info");

    private final FeedStreamHub hub;
    private final ObjectMapper json;
    private final long heartbeatMillis;
    private final int clientBuffer;

    FeedStreamRoute(FeedStreamHub hub, ObjectMapper json, ManchetteConfig config) {
        this.hub = hub;
        this.json = json;
        this.heartbeatMillis = Math.max(10, config.stream().heartbeat().toMillis());
        this.clientBuffer =
                (int) Math.min(Integer.MAX_VALUE, config.stream().clientBuffer().asLongValue());
    }

    void install(@Observes Router router) {
        router.get(PATH).order(ORDER).handler(this::open);
    }

    private void open(RoutingContext context) {
        FeedScope scope;
        try {
            scope = scope(context);
        } catch (InvalidInput e) {
            context.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            RouteProblems.send(context, json, Problem.of(e, context.request().path()));
            return;
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (accept != null
                && !accept.isBlank()
                && !accept.contains(EVENT_STREAM)
                && !accept.contains("text/*")
                && !accept.contains("*/*")) {
            RouteProblems.send(
                    context,
                    json,
                    Problem.of(
                            406,
                            ProblemTypes.NOT_ACCEPTABLE,
                            "Not acceptable",
                            "This endpoint answers text/event-stream",
                            context.request().path()));
            return;
        }
        HttpServerResponse response = context.response();
        response.setChunked(true)
                .setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, EVENT_STREAM + "; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                // nginx would otherwise buffer the stream
                .putHeader("X-Accel-Buffering", "no");
        response.setWriteQueueMaxSize(clientBuffer);
        response.write(Buffer.buffer(OPENING));
        var connection = new Connection(context, Vertx.currentContext());
        var subscription = new FeedStreamHub.Subscription(
                scope, connection, context.request().getHeader("Last-Event-ID"));
        connection.subscription = subscription;
        connection.timer = context.vertx().setPeriodic(heartbeatMillis, id -> connection.write(HEARTBEAT));
        response.closeHandler(v -> connection.closed());
        response.exceptionHandler(e -> connection.closed());
        hub.subscribe(subscription);
    }

    /** {@code scope=all|front}, the only parameter, once. */
    private static FeedScope scope(RoutingContext context) {
        var violations = new ArrayList<Violation>();
        var query = context.queryParams();
        for (String name : query.names()) {
            if (!name.equals("scope")) {
                violations.add(new Violation(name, "is not a parameter of this endpoint; it takes scope"));
            } else if (query.getAll(name).size() > 1) {
                violations.add(new Violation(name, "is given more than once"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        String value = query.get("scope");
        if (value == null || value.isBlank()) {
            return FeedScope.ALL;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> FeedScope.ALL;
            case "front" -> FeedScope.FRONT;
            default -> throw new InvalidInput("scope", "must be one of [all, front]");
        };
    }

    /** One open stream, written on its own event loop. */
    private final class Connection implements FeedStreamHub.Sink {
        private final RoutingContext context;
        private final Context loop;
        private FeedStreamHub.Subscription subscription;
        private long timer = -1;
        private boolean closed;

        Connection(RoutingContext context, Context loop) {
            this.context = context;
            this.loop = loop;
        }

        @Override
        public void send(byte[] bytes) {
            loop.runOnContext(v -> write(bytes));
        }

        /** On the event loop. */
        void write(byte[] bytes) {
            if (closed) {
                return;
            }
            HttpServerResponse response = context.response();
            if (response.closed() || response.ended()) {
                closed();
                return;
            }
            if (response.writeQueueFull()) {
                LOG.debugf("A stream client left over %d bytes unread: disconnected", clientBuffer);
                closed();
                context.request().connection().close();
                return;
            }
            response.write(Buffer.buffer(bytes));
        }

        void closed() {
            if (closed) {
                return;
            }
            closed = true;
            if (timer >= 0) {
                context.vertx().cancelTimer(timer);
            }
            if (subscription != null) {
                hub.unsubscribe(subscription);
            }
        }
    }
}
