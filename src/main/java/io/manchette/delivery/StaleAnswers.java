package io.manchette.delivery;

import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.DatabaseUnavailable;
import io.manchette.delivery.AnswerCache.Answer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Stale-if-error: when the database cannot answer a public read, the answer the cache still holds
 * is sent instead of a 503, for at most {@code manchette.delivery.stale-if-error} after it could no
 * longer be checked ({@code Cache-Status: Manchette; fwd=stale; fwd-status=503}). An answer that
 * ends at a known instant (an offer's expiry) is never served past it.
 */
@ApplicationScoped
class StaleAnswers implements DatabaseUnavailable.Fallback {

    private final AnswerCache cache;
    private final AnswerHeaders headers;
    private final CurrentVertxRequest current;
    private final Duration staleIfError;
    private final Clock clock;

    StaleAnswers(
            AnswerCache cache,
            AnswerHeaders headers,
            CurrentVertxRequest current,
            ManchetteConfig config,
            Clock clock) {
        this.cache = cache;
        this.headers = headers;
        this.current = current;
        this.staleIfError = config.delivery().staleIfError();
        this.clock = clock;
    }

    @Override
    public Optional<RestResponse<?>> instead() {
        var context = current.getCurrent();
        CacheRoute.Forwarded forwarded = context == null ? null : context.get(CacheRoute.FORWARDED);
        if (forwarded == null || forwarded.stale == null) {
            return Optional.empty();
        }
        Answer stale = forwarded.stale;
        if (stale.freshUntil() != null
                || Duration.between(cache.staleSince(), clock.instant()).compareTo(staleIfError) > 0) {
            return Optional.empty();
        }
        forwarded.servedStale = true;
        boolean notModified =
                AnswerHeaders.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), stale.etag());
        var response = notModified
                ? RestResponse.ResponseBuilder.<Payload>notModified()
                : RestResponse.ResponseBuilder.ok(new Payload(stale.body()), MediaType.valueOf(stale.contentType()));
        response.header(HttpHeaders.ETAG, stale.etag()).header(HttpHeaders.CACHE_CONTROL, headers.cacheControl(null));
        if (!stale.keysHeader().isEmpty()) {
            response.header(headers.keysHeader(), stale.keysHeader());
        }
        return Optional.of(response.build());
    }
}
