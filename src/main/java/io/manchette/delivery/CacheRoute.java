package io.manchette.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.Problem;
import io.manchette.common.error.RouteProblems;
import io.manchette.common.request.HttpTimings;
import io.manchette.common.request.RequestIds;
import io.manchette.delivery.AnswerCache.Answer;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The front door of every public read, on the event loop, before any JAX-RS work. It checks the
 * query against what the endpoint takes (a 400 problem for anything else), finds the answer by its
 * canonical key and, when it is fresh, sends it: a look-up and a write, or a 304. Otherwise the
 * request goes on to its resource, and only one request per key does: the others wait for its
 * answer ({@code Cache-Status: Manchette; fwd=miss; collapsed}). Every public answer says how it
 * was served in an RFC 9211 {@code Cache-Status} header.
 */
@ApplicationScoped
public class CacheRoute {

    /** The name of this cache in {@code Cache-Status}. */
    static final String CACHE_NAME = "Manchette";

    /** Where a forwarded request keeps its {@link Forwarded} state, for {@link PublicAnswers}. */
    static final String FORWARDED = "manchette.cache.forwarded";

    /** After Quarkus's own handlers (CORS, security), before the REST layer. */
    private static final int ORDER = 1000;

    /** What a request that went on to its resource needs for its answer to be stored and shared. */
    static final class Forwarded {
        final String key;
        final AnswerCache.Ticket ticket;
        final AnswerCache.Flight flight;
        /** The answer the cache had, no longer fresh: served if the database cannot answer. */
        final Answer stale;
        /** The timers of the endpoint, kept with the answer for the hits to come. */
        final HttpTimings.Route route;

        volatile boolean stored;
        volatile boolean servedStale;

        Forwarded(
                String key,
                AnswerCache.Ticket ticket,
                AnswerCache.Flight flight,
                Answer stale,
                HttpTimings.Route route) {
            this.key = key;
            this.ticket = ticket;
            this.flight = flight;
            this.stale = stale;
            this.route = route;
        }

        String cacheStatus() {
            String reason = stale == null ? "fwd=miss" : "fwd=stale";
            if (servedStale) {
                return CACHE_NAME + "; fwd=stale; fwd-status=503";
            }
            return CACHE_NAME + "; " + reason + (stored ? "; stored" : "");
        }
    }

    private final AnswerCache cache;
    private final PublicEndpoints endpoints;
    private final AnswerHeaders headers;
    private final ObjectMapper json;
    /** Each endpoint's timers, found once. */
    private final Map<PublicEndpoints.Endpoint, HttpTimings.Route> routes = new IdentityHashMap<>();

    CacheRoute(
            AnswerCache cache,
            PublicEndpoints endpoints,
            AnswerHeaders headers,
            ObjectMapper json,
            HttpTimings timings) {
        this.cache = cache;
        this.endpoints = endpoints;
        this.headers = headers;
        this.json = json;
        endpoints.all().forEach(e -> routes.put(e, timings.route("GET", e.template())));
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        var request = context.request();
        if (request.method() != HttpMethod.GET) {
            pass(context);
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        // The fast path: a URI that is already canonical finds its answer at once.
        Answer answer = cache.get(request.uri());
        if (answer != null && cache.isFresh(answer) && accepts(accept, answer.contentType())) {
            send(context, answer, CACHE_NAME + "; hit");
            return;
        }
        PublicEndpoints.Endpoint endpoint = endpoints.match(context.normalizedPath());
        if (endpoint == null) {
            pass(context);
            return;
        }
        String key;
        try {
            key = endpoint.canonicalKey(context.normalizedPath(), context.queryParams());
        } catch (InvalidInput e) {
            refuse(context, endpoint, e);
            return;
        } catch (IllegalArgumentException e) {
            refuse(context, endpoint, new InvalidInput("query", "is not a well-formed query string"));
            return;
        }
        if (!key.equals(request.uri())) {
            answer = cache.get(key);
        }
        if (answer != null && !accepts(accept, answer.contentType())) {
            // Another representation than the one kept: the resource decides (a 406, usually).
            context.response().putHeader(AnswerHeaders.CACHE_STATUS, CACHE_NAME + "; fwd=bypass");
            pass(context);
            return;
        }
        if (answer != null && cache.isFresh(answer)) {
            send(context, answer, CACHE_NAME + "; hit");
            return;
        }
        forward(context, key, answer, routes.get(endpoint));
    }

    /** On to the next routes (JAX-RS): the request is timed until its answer ends. */
    private static void pass(RoutingContext context) {
        RequestIds.Exchange exchange = RequestIds.of(context);
        if (exchange != null) {
            exchange.timeUntilEnd();
        }
        context.next();
    }

    /** Sends the request on to its resource, or waits for the one request of this key already there. */
    private void forward(RoutingContext context, String key, Answer stale, HttpTimings.Route route) {
        RequestIds.Exchange exchange = RequestIds.of(context);
        if (exchange != null) {
            exchange.answeredBy(route);
            exchange.timeUntilEnd();
        }
        AnswerCache.Flight flight = cache.join(key);
        if (flight.leader()) {
            cache.miss();
            var forwarded = new Forwarded(key, cache.ticket(), flight, stale, route);
            context.put(FORWARDED, forwarded);
            context.addHeadersEndHandler(
                    v -> context.response().putHeader(AnswerHeaders.CACHE_STATUS, forwarded.cacheStatus()));
            // Whatever the resource answered (a 404, a failure), the waiters must not wait forever.
            context.addEndHandler(v -> cache.land(key, flight, null));
            context.next();
            return;
        }
        Context loop = Vertx.currentContext();
        flight.landing()
                .whenComplete((answer, failure) -> loop.runOnContext(v -> {
                    if (answer != null) {
                        cache.hit();
                        send(context, answer, CACHE_NAME + "; fwd=miss; collapsed");
                    } else {
                        // The leader's answer could not be shared: compute this one alone.
                        cache.miss();
                        var alone =
                                new Forwarded(key, cache.ticket(), new AnswerCache.Flight(null, false), stale, route);
                        context.put(FORWARDED, alone);
                        context.addHeadersEndHandler(
                                x -> context.response().putHeader(AnswerHeaders.CACHE_STATUS, alone.cacheStatus()));
                        context.next();
                    }
                }));
    }

    private void send(RoutingContext context, Answer answer, String cacheStatus) {
        if (cacheStatus.endsWith("; hit")) {
            cache.hit();
        }
        RequestIds.Exchange exchange = RequestIds.of(context);
        if (exchange != null) {
            exchange.answeredBy(answer.route());
        }
        var response = context.response();
        headers.writeTo(response, answer);
        response.putHeader(AnswerHeaders.CACHE_STATUS, cacheStatus);
        if (AnswerHeaders.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag())) {
            response.setStatusCode(304).end();
        } else {
            // The stored bytes are wrapped, not copied: they never change once stored.
            response.putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType())
                    .end(Buffer.buffer(Unpooled.wrappedBuffer(answer.body())));
        }
    }

    private void refuse(RoutingContext context, PublicEndpoints.Endpoint endpoint, InvalidInput e) {
        RequestIds.Exchange exchange = RequestIds.of(context);
        if (exchange != null) {
            exchange.answeredBy(routes.get(endpoint));
        }
        context.response()
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(AnswerHeaders.CACHE_STATUS, CACHE_NAME + "; fwd=bypass");
        RouteProblems.send(context, json, Problem.of(e, context.request().path()));
    }

    /** The cached type suits the client (no Accept, a wildcard, or the type itself). */
    private static boolean accepts(String accept, String contentType) {
        if (accept == null || accept.isBlank() || accept.contains("*/*")) {
            return true;
        }
        String type = contentType.split(";")[0].trim();
        return accept.contains(type) || accept.contains(type.substring(0, type.indexOf('/')) + "/*");
    }
}
