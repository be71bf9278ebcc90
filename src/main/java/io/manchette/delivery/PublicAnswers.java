package io.manchette.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.delivery.AnswerCache.Answer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * How public resources answer: the body is serialised once, its strong ETag is a digest of the
 * exact bytes (so it changes whenever anything shown changes: a title, a comment count, a section
 * name), {@code If-None-Match} gets a 304, and the answer is stored in {@link AnswerCache} under
 * the {@link CacheKeys} of what it shows, for {@link CacheRoute} to serve the next readers.
 */
@ApplicationScoped
public class PublicAnswers {

    public static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final ObjectMapper json;
    private final AnswerCache cache;
    private final AnswerHeaders headers;
    private final CurrentVertxRequest current;
    private final Clock clock;

    PublicAnswers(
            ObjectMapper json, AnswerCache cache, AnswerHeaders headers, CurrentVertxRequest current, Clock clock) {
        this.json = json;
        this.cache = cache;
        this.headers = headers;
        this.current = current;
        this.clock = clock;
    }

    /**
     * A JSON answer showing what {@code keys} name. Resources declare {@code RestResponse<Payload>}
     * (Quarkus picks a response writer from the declared type at build time) and name the view in
     * {@code @APIResponseSchema}.
     */
    public RestResponse<Payload> json(Request request, Object body, CacheKeys keys) {
        return json(request, body, keys, null);
    }

    /** A JSON answer that stops being true at {@code freshUntil} without any change being written. */
    public RestResponse<Payload> json(Request request, Object body, CacheKeys keys, Instant freshUntil) {
        try {
            return bytes(request, json.writeValueAsBytes(body), JSON, keys, freshUntil);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view could not be written as JSON", e);
        }
    }

    /** Bytes already serialised (JSON or XML), written as they are by {@link PayloadWriter}. */
    public RestResponse<Payload> bytes(
            Request request, byte[] body, MediaType type, CacheKeys keys, Instant freshUntil) {
        EntityTag tag = new EntityTag(digest(body));
        String keysHeader = headers.join(keys);
        remember(new Answer(
                body, tag.toString(), type.toString(), keys.asSet(), keysHeader, 0, clock.instant(), freshUntil, null));
        String cacheControl = headers.cacheControl(freshUntil);
        var response = request.evaluatePreconditions(tag) != null
                ? RestResponse.ResponseBuilder.<Payload>notModified()
                : RestResponse.ResponseBuilder.ok(new Payload(body), type);
        response.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (!keysHeader.isEmpty()) {
            response.header(headers.keysHeader(), keysHeader);
        }
        return response.build();
    }

    /** Keeps the answer for the next readers of the same key, unless what it shows changed meanwhile. */
    private void remember(Answer computed) {
        RoutingContext context = current.getCurrent();
        CacheRoute.Forwarded forwarded = context == null ? null : context.get(CacheRoute.FORWARDED);
        if (forwarded == null) {
            return;
        }
        Answer answer = new Answer(
                computed.body(),
                computed.etag(),
                computed.contentType(),
                computed.keys(),
                computed.keysHeader(),
                forwarded.ticket.epoch(),
                computed.storedAt(),
                computed.freshUntil(),
                forwarded.route);
        forwarded.stored = cache.store(forwarded.key, forwarded.ticket, answer);
        cache.land(forwarded.key, forwarded.flight, forwarded.stored ? answer : null);
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
