package io.manchette.delivery;

import io.manchette.common.config.ManchetteConfig;
import io.manchette.delivery.AnswerCache.Answer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The caching headers of a public answer, the same whether it is computed or served from the
 * cache: a strong {@code ETag}, {@code Cache-Control} for browsers and CDNs, and the answer's
 * cache keys in the header CDNs purge by ({@code Surrogate-Key} by default).
 */
@ApplicationScoped
public class AnswerHeaders {

    /** RFC 9211: how a cache handled the request. */
    public static final String CACHE_STATUS = "Cache-Status";

    private final String cacheControl;
    private final Duration maxAge;
    private final String keysHeader;
    private final String keysSeparator;
    private final Clock clock;

    AnswerHeaders(ManchetteConfig config, Clock clock) {
        var delivery = config.delivery();
        this.maxAge = delivery.maxAge();
        this.cacheControl = "public, max-age=" + maxAge.toSeconds()
                + ", stale-while-revalidate=" + delivery.staleWhileRevalidate().toSeconds()
                + ", stale-if-error=" + delivery.staleIfError().toSeconds();
        this.keysHeader = delivery.surrogateKeyHeader();
        // Fastly's Surrogate-Key separates keys with spaces, Cloudflare's Cache-Tag with commas.
        this.keysSeparator = keysHeader.equalsIgnoreCase("Cache-Tag") ? "," : " ";
        this.clock = clock;
    }

    public String keysHeader() {
        return keysHeader;
    }

    public String join(CacheKeys keys) {
        return keys.joined(keysSeparator);
    }

    /**
     * {@code Cache-Control} for an answer. One that stops being true at a known instant (an
     * expiring offer, a placement's end) may be kept no longer than that, and never served stale.
     */
    public String cacheControl(Instant freshUntil) {
        if (freshUntil == null) {
            return cacheControl;
        }
        long seconds = Math.max(0, Duration.between(clock.instant(), freshUntil).toSeconds());
        return "public, max-age=" + Math.min(seconds, maxAge.toSeconds());
    }

    void writeTo(HttpServerResponse response, Answer answer) {
        response.putHeader(HttpHeaders.ETAG, answer.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl(answer.freshUntil()));
        if (!answer.keysHeader().isEmpty()) {
            response.putHeader(keysHeader, answer.keysHeader());
        }
    }

    /** RFC 9110 weak comparison for If-None-Match: any listed tag, or {@code *}. */
    public static boolean matches(String ifNoneMatch, String etag) {
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
