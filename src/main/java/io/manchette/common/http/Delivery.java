package io.manchette.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.common.config.ManchetteConfig;
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
 */
@ApplicationScoped
public class Delivery {

    public static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final ObjectMapper json;
    private final String cacheControl;

    Delivery(ObjectMapper json, ManchetteConfig config) {
        this.json = json;
        this.cacheControl = "public, max-age=" + config.delivery().maxAge().toSeconds() + ", stale-while-revalidate="
                + config.delivery().staleWhileRevalidate().toSeconds();
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

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
