package io.manchette.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What search engines and social cards get; empty overrides fall back to the title, lead and page URL. */
@Schema(name = "Seo")
public record SeoView(
        String title,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) String canonicalUrl) {

    public static SeoView from(Article article, String defaultCanonicalUrl) {
        var seo = article.getSeo();
        return new SeoView(
                seo.getTitle() != null ? seo.getTitle() : article.getTitle(),
                seo.getDescription() != null ? seo.getDescription() : article.getLead(),
                seo.getCanonicalUrl() != null ? seo.getCanonicalUrl() : defaultCanonicalUrl);
    }
}
