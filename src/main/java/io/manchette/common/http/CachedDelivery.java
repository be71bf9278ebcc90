package io.manchette.common.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers public GETs from {@link ResponseCache} on the event loop, before any JAX-RS work: a hit is
 * a look-up and a write, a matching {@code If-None-Match} a 304. A miss goes on to the resource,
 * and {@link Delivery} stores what it sends.
 */
@ApplicationScoped
public class CachedDelivery {

    /** Where a miss records the cache generation it started in, for {@link Delivery}. */
    static final String GENERATION = "manchette.cache.generation";

    /** After Quarkus's own handlers (CORS, security), before the REST layer. */
    private static final int ORDER = 1000;

    private final ResponseCache cache;
    private final String cacheControl;

    CachedDelivery(ResponseCache cache, Delivery delivery) {
        this.cache = cache;
        this.cacheControl = delivery.cacheControl();
    }

    void install(@Observes Router router) {
        if (cache.isEnabled()) {
            router.route().order(ORDER).handler(this::serve);
        }
    }

    private void serve(RoutingContext context) {
        var request = context.request();
        if (request.method() != HttpMethod.GET || !isPublic(request.path())) {
            context.next();
            return;
        }
        String uri = request.uri();
        ResponseCache.Entry entry = cache.get(uri);
        if (entry == null || !accepts(request.getHeader(HttpHeaders.ACCEPT), entry.contentType())) {
            context.put(GENERATION, cache.generation());
            context.next();
            return;
        }
        var response = context.response()
                .putHeader(HttpHeaders.ETAG, entry.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType())
                    .end(io.vertx.core.buffer.Buffer.buffer(entry.body()));
        }
    }

    static boolean isPublic(String path) {
        return (path.startsWith("/api/") && !path.startsWith("/api/admin"))
                || path.startsWith("/feeds/")
                || path.startsWith("/sitemap");
    }

    /** The cached type suits the client (no Accept, a wildcard, or the type itself). */
    private static boolean accepts(String accept, String contentType) {
        if (accept == null || accept.isBlank() || accept.contains("*/*")) {
            return true;
        }
        String type = contentType.split(";")[0].trim();
        return accept.contains(type) || accept.contains(type.substring(0, type.indexOf('/')) + "/*");
    }

    /** RFC 9110 weak comparison for If-None-Match: any listed tag, or {@code *}. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || candidate.equals(bare) || candidate.equals("W/" + bare)) {
                return true;
            }
        }
        return false;
    }
}
