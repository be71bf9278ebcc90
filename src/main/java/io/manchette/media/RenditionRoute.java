package io.manchette.media;

import io.manchette.common.request.HttpTimings;
import io.manchette.common.request.RequestIds;
import io.manchette.delivery.AnswerHeaders;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Renditions held in memory, answered on the event loop before any JAX-RS work (as the public
 * cache answers its hits): a look-up and a write, or a 304. Anything else (a rendition not in
 * memory, a query string, another method) goes on to {@link MediaResource}, which reads or makes
 * it and keeps it for the next readers.
 */
@ApplicationScoped
class RenditionRoute {

    /** Just before the public cache's route (1000), after Quarkus's own (CORS, security). */
    private static final int ORDER = 999;

    private static final String PREFIX = "/media/";

    private final Renditions renditions;
    private final HttpTimings.Route timings;

    RenditionRoute(Renditions renditions, HttpTimings timings) {
        this.renditions = renditions;
        this.timings = timings.route("GET", "/media/{id}/{preset}.{format}");
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        var request = context.request();
        String uri = request.uri();
        if (request.method() != HttpMethod.GET || !uri.startsWith(PREFIX) || uri.indexOf('?') >= 0) {
            context.next();
            return;
        }
        var served = renditions.hot(uri.substring(PREFIX.length()));
        if (served == null) {
            context.next();
            return;
        }
        RequestIds.Exchange exchange = RequestIds.of(context);
        if (exchange != null) {
            exchange.answeredBy(timings);
            exchange.timeUntilEnd();
        }
        var response = context.response()
                .putHeader(HttpHeaders.ETAG, served.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, renditions.cacheControl(served));
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (AnswerHeaders.matches(ifNoneMatch, served.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        // The bytes are wrapped, not copied: a rendition never changes once made.
        response.putHeader(HttpHeaders.CONTENT_TYPE, served.format().mediaType())
                .end(Buffer.buffer(Unpooled.wrappedBuffer(served.bytes())));
    }
}
