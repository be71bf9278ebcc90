package io.manchette.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.manchette.delivery.CacheKeys;
import io.manchette.taxonomy.section.SectionRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The delivered body: each "À lire aussi" block gets its target's current slug, title, URLs and
 * section, or is left out while the target is not published. The answer then shows the targets
 * too, so their keys join it: a retitle, a rename, a publication or a take-down of a target drops
 * the article that links to it.
 */
@ApplicationScoped
public class RelatedLinks {

    /** A body ready to deliver, and the keys of the targets it shows (or waits for). */
    public record Delivered(String body, CacheKeys keys) {}

    private final ArticleRepository articles;
    private final SiteUrls site;
    private final ObjectMapper json;

    RelatedLinks(ArticleRepository articles, SiteUrls site, ObjectMapper json) {
        this.articles = articles;
        this.site = site;
        this.json = json;
    }

    public Delivered deliver(Article article) {
        String stored = article.getBody();
        // Most bodies link to nothing: they go out as stored, without being parsed.
        if (!stored.contains("\"related\"")) {
            return new Delivered(stored, CacheKeys.of());
        }
        ArrayNode blocks = read(stored);
        Set<String> slugs = new LinkedHashSet<>();
        for (JsonNode block : blocks) {
            if (isRelated(block)) {
                slugs.add(block.path("slug").asText());
            }
        }
        if (slugs.isEmpty()) {
            return new Delivered(stored, CacheKeys.of());
        }
        Map<String, Article> targets = articles.findBySlugsOrFormerSlugs(slugs);
        var keys = CacheKeys.of();
        ArrayNode delivered = json.createArrayNode();
        for (JsonNode block : blocks) {
            if (!isRelated(block)) {
                delivered.add(block);
                continue;
            }
            Article target = targets.get(block.path("slug").asText());
            if (target == null) {
                // Deleted since: its slug is free again, and a new article's publication may take it.
                keys.add(CacheKeys.ARTICLES);
                continue;
            }
            keys.article(target.getId()); // published, retitled, renamed or taken down: this page changes
            if (!target.isPublished()) {
                continue;
            }
            keys.section(target.getSection().getId());
            delivered.add(link(target));
        }
        try {
            return new Delivered(json.writeValueAsString(delivered), keys);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A delivered body could not be written as JSON", e);
        }
    }

    private ObjectNode link(Article target) {
        ObjectNode link = json.createObjectNode();
        link.put("type", "related");
        link.put("slug", target.getSlug());
        link.put("title", target.getTitle());
        link.put("url", site.article(target.getSection().getPath(), target.getSlug()));
        link.put("apiUrl", "/api/articles/" + URLEncoder.encode(target.getSlug(), StandardCharsets.UTF_8));
        link.set("section", json.valueToTree(SectionRef.from(target.getSection())));
        return link;
    }

    private static boolean isRelated(JsonNode block) {
        return "related".equals(block.path("type").asText(null));
    }

    private ArrayNode read(String body) {
        try {
            return (ArrayNode) json.readTree(body);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("A stored body could not be read", e);
        }
    }
}
