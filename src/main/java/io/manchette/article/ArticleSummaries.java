package io.manchette.article;

import io.manchette.media.MediaService;
import io.manchette.media.Photos;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Teasers with their lead images, read in one query for the whole list. A teaser whose photo's
 * rights have passed shows none; the list is fresh until the first shown photo's rights pass.
 */
@ApplicationScoped
public class ArticleSummaries {

    /** Teasers, and when the first of their photos stops being shown (null: none ends). */
    public record Shown(List<ArticleSummary> items, Instant freshUntil) {}

    private final MediaService media;

    ArticleSummaries(MediaService media) {
        this.media = media;
    }

    public Shown of(List<Article> articles) {
        Photos photos = leadImages(articles);
        return new Shown(
                articles.stream().map(a -> ArticleSummary.from(a, photos)).toList(), photos.freshUntil());
    }

    /** The lead images of these articles that readers may see. */
    public Photos leadImages(Collection<Article> articles) {
        return media.photos(articles.stream()
                .map(Article::getLeadImageId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }
}
