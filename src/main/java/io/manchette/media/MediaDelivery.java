package io.manchette.media;

import java.util.List;
import java.util.Map;

/**
 * A photo as readers get it, for the article side to embed (a lead image, an image block): text,
 * the original's displayed size, a default {@code src} (JPEG) and, per crop and format, a
 * {@code srcset} ("url 640w, url 1600w").
 */
public record MediaDelivery(
        long id,
        String alt,
        String caption,
        String credit,
        int width,
        int height,
        String src,
        Map<String, Map<String, String>> srcset,
        List<RenditionLink> renditions) {}
