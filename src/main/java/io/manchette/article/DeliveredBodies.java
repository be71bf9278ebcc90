package io.manchette.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.manchette.article.body.Image;
import io.manchette.delivery.CacheKeys;
import io.manchette.media.MediaDelivery;
import io.manchette.media.MediaService;
import io.manchette.media.Photos;
import io.manchette.taxonomy.section.SectionRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The delivered body, and the photos of the page. Each "À lire aussi" block gets its target's
 * current slug, title, URLs and section, or is left out while the target is not published; the
 * answer then shows the targets too, so their keys join it (a retitle, a rename, a publication or
 * a take-down of a target drops the article that links to it). Each image block of the library
 * gets its photo (see {@link Image#delivered}), or is left out once the photo's rights have passed.
 * The lead image and the body's photos are read in one query.
 */
@ApplicationScoped
public class DeliveredBodies {

    /** A body ready to deliver, the keys of the targets it shows (or waits for), the page's photos. */
    public record Delivered(String body, CacheKeys keys, Photos photos) {}

    private final ArticleRepository articles;
    private final MediaService media;
    private final SiteUrls site;
    private final ObjectMapper json;

    DeliveredBodies(ArticleRepository articles, MediaService media, SiteUrls site, ObjectMapper json) {
        this.articles = articles;
        this.media = media;
        this.site = site;
        this.json = json;
    }

    public Delivered deliver(Article article) {
        String stored = article.getBody();
        Set<Long> photoIds = new LinkedHashSet<>();
        if (article.getLeadImageId() != null) {
            photoIds.add(article.getLeadImageId());
        }
        // Most bodies link to nothing and show no photo of the library: they go out as stored,
        // without being parsed.
        if (!stored.contains("\"related\"") && !stored.contains("\"media\"")) {
            return new Delivered(stored, CacheKeys.of(), media.photos(photoIds));
        }
        ArrayNode blocks = read(stored);
        Set<String> slugs = new LinkedHashSet<>();
        for (JsonNode block : blocks) {
            if (isRelated(block)) {
                slugs.add(block.path("slug").asText());
            } else if (isPhoto(block)) {
                photoIds.add(block.path("media").asLong());
            }
        }
        Photos photos = media.photos(photoIds);
        Map<String, Article> targets = slugs.isEmpty() ? Map.of() : articles.findBySlugsOrFormerSlugs(slugs);
        var keys = CacheKeys.of();
        ArrayNode delivered = json.createArrayNode();
        for (JsonNode block : blocks) {
            if (isPhoto(block)) {
                photos.get(block.path("media").asLong()).ifPresent(shown -> delivered.add(photo(block, shown)));
                continue;
            }
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
            return new Delivered(json.writeValueAsString(delivered), keys, photos);
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

    private JsonNode photo(JsonNode block, MediaDelivery shown) {
        try {
            return json.valueToTree(json.treeToValue(block, Image.class).delivered(shown));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored image block could not be read", e);
        }
    }

    private static boolean isPhoto(JsonNode block) {
        return "image".equals(block.path("type").asText(null))
                && block.path("media").isIntegralNumber();
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
