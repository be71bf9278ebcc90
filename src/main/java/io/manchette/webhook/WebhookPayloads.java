package io.manchette.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.manchette.article.SiteUrls;
import io.manchette.common.config.ManchetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The body of a webhook: {@code {id, type, timestamp, data}} as Standard Webhooks shape it. The data
 * is what the outbox recorded when the change happened (ids, slugs, public fields), plus the public
 * URLs on the site and on the API and the cache keys, the same words as the {@code Surrogate-Key}
 * header. The same event always gives the same bytes, so each retry carries the same body.
 */
@ApplicationScoped
public class WebhookPayloads {

    private final ObjectMapper json;
    private final SiteUrls site;
    private final String api;

    WebhookPayloads(ObjectMapper json, SiteUrls site, ManchetteConfig config) {
        this.json = json;
        this.site = site;
        this.api = config.webhooks().apiUrl().orElse(config.site().url()).replaceAll("/+$", "");
    }

    public String body(String messageId, String type, Instant occurredAt, String data, List<String> keys) {
        try {
            ObjectNode subject = (ObjectNode) json.readTree(data);
            String entity = type.substring(0, type.indexOf('.'));
            addUrls(entity, subject);
            ObjectNode root = json.createObjectNode();
            root.put("id", messageId);
            root.put("type", type);
            root.put("timestamp", occurredAt.toString());
            ObjectNode payload = root.putObject("data");
            payload.set(entity.equals("front-page") ? "frontPage" : entity, subject);
            var cacheKeys = payload.putArray("cacheKeys");
            keys.stream().sorted().forEach(cacheKeys::add);
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The outbox holds JSON written by PostgreSQL", e);
        }
    }

    private void addUrls(String entity, ObjectNode subject) {
        switch (entity) {
            case "article" -> {
                String slug = subject.path("slug").asText();
                subject.put(
                        "url", site.article(subject.path("section").path("path").asText(), slug));
                subject.put("apiUrl", api + "/api/articles/" + encode(slug));
            }
            case "comment" -> {
                String slug = subject.path("articleSlug").asText();
                subject.put(
                        "articleUrl", site.article(subject.path("sectionPath").asText(), slug));
                subject.put("apiUrl", api + "/api/articles/" + encode(slug) + "/comments");
            }
            case "section" -> {
                if (subject.hasNonNull("path")) {
                    subject.put("url", site.section(subject.get("path").asText()));
                    subject.put(
                            "apiUrl",
                            api + "/api/sections/" + subject.get("path").asText());
                }
            }
            case "tag", "author" -> {
                if (subject.hasNonNull("slug")) {
                    subject.put(
                            "apiUrl",
                            api + "/api/" + entity + "s/"
                                    + encode(subject.get("slug").asText()));
                }
            }
            case "front-page" -> {
                subject.put("url", site.home());
                subject.put("apiUrl", api + "/api/front-page");
            }
            default -> {}
        }
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
