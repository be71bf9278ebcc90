package io.manchette.article;

import java.time.Instant;

/** What a sitemap or a feed needs of a published article: read as a projection, never as entities. */
public record PageEntry(
        String slug,
        String title,
        String lead,
        String sectionPath,
        String sectionName,
        String language,
        Instant publishedAt,
        Instant updatedAt) {}
