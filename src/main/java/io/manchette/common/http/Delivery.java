package io.manchette.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.common.config.ManchetteConfig;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Public answers, cache-friendly: the body is serialised here, its strong ETag is a digest of the
 * exact bytes (so it changes whenever anything shown changes: a title, a comment count, a section
 * name), {@code If-None-Match} gets a 304 without a body, and shared caches may keep it briefly.
 * The answer is also kept in {@link ResponseCache}, from which {@link CachedDelivery} serves the
 * next readers without reaching this class.
 */
@ApplicationScoped
public class Delivery {

    public static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final ObjectMapper json;
    private final String cacheControl;
    private final ResponseCache cache;
    private final CurrentVertxRequest current;

    Delivery(ObjectMapper json, ManchetteConfig config, ResponseCache cache, CurrentVertxRequest current) {
        this.json = json;
        this.cache = cache;
        this.current = current;
        this.cacheControl = "public, max-age=" + config.delivery().maxAge().toSeconds() + ", stale-while-revalidate="
                + config.delivery().staleWhileRevalidate().toSeconds();
    }

    String cacheControl() {
        return cacheControl;
    }

    /**
     * A JSON answer. Resources declare {@code RestResponse<Payload>} (Quarkus picks a response
     * writer from the declared type at build time) and name the view in {@code @APIResponseSchema}.
     */
    public RestResponse<Payload> json(Request request, Object body) {
        try {
            return bytes(request, json.writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view could not be written as JSON", e);
        }
    }

    /** Bytes already serialised (JSON or XML), written as they are by {@link PayloadWriter}. */
    public RestResponse<Payload> bytes(Request request, byte[] body, MediaType type) {
        EntityTag tag = new EntityTag(digest(body));
        remember(body, tag, type);
        if (request.evaluatePreconditions(tag) != null) {
            return RestResponse.ResponseBuilder.<Payload>notModified()
                    .tag(tag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .build();
        }
        return RestResponse.ResponseBuilder.ok(new Payload(body), type)
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }

    /** Keeps the answer for the next reader of the same URI, unless content changed meanwhile. */
    private void remember(byte[] body, EntityTag tag, MediaType type) {
        RoutingContext context = current.getCurrent();
        Long generation = context == null ? null : context.get(CachedDelivery.GENERATION);
        if (generation != null) {
            cache.put(
                    context.request().uri(),
                    generation,
                    new ResponseCache.Entry(body, tag.toString(), type.toString()));
        }
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
