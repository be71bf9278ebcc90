package io.manchette.article;

import io.manchette.taxonomy.section.SectionRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in the newsroom's list: what it is, where it stands, when it last changed. */
@Schema(name = "ArticleAdminSummary")
public record ArticleAdminSummary(
        long id,
        ArticleStatus status,
        long version,
        String slug,
        String title,
        SectionRef section,
        String language,
        boolean reference,
        @Schema(nullable = true) Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,

        @Schema(nullable = true, description = "The lead photo's media id")
        Long leadImage,

        @Schema(
                description = "The photos it uses whose rights have passed (media ids): readers get the article"
                        + " without them, so the list flags it")
        List<Long> photosPastRights) {

    public static ArticleAdminSummary from(Article article, List<Long> photosPastRights) {
        return new ArticleAdminSummary(
                article.getId(),
                article.getStatus(),
                article.getVersion(),
                article.getSlug(),
                article.getTitle(),
                SectionRef.from(article.getSection()),
                article.getLanguage(),
                article.isReference(),
                article.getPublishedAt(),
                article.getCreatedAt(),
                article.getUpdatedAt(),
                article.getLeadImageId(),
                photosPastRights);
    }
}
