package io.manchette.article;

import io.manchette.media.MediaDelivery;
import io.manchette.media.Photos;
import io.manchette.taxonomy.section.SectionRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in a public list: enough for a teaser with its rubrique, date and reading time. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(
        @Schema(examples = "kazakhstan-l-armee-reprend-l-aeroport-d-almaty")
        String slug,

        @Schema(description = "The kicker (surtitre)", nullable = true, examples = "Édito")
        String kicker,

        @Schema(examples = "Kazakhstan : l’armée reprend l’aéroport d’Almaty")
        String title,

        @Schema(nullable = true) String lead,

        @Schema(nullable = true, description = "The lead photo; none while its rights have passed")
        MediaDelivery leadImage,

        SectionRef section,
        Instant publishedAt,
        @Schema(examples = "2") int readingTimeMinutes,
        @Schema(examples = "1") int commentCount,

        @Schema(description = "A partner's content; sponsored content must be labelled", nullable = true)
        Partner partner) {

    /** A teaser; {@code photos} holds its lead image if readers may see it (see {@link ArticleSummaries}). */
    public static ArticleSummary from(Article article, Photos photos) {
        return new ArticleSummary(
                article.getSlug(),
                article.getKicker(),
                article.getTitle(),
                article.getLead(),
                photos.get(article.getLeadImageId()).orElse(null),
                SectionRef.from(article.getSection()),
                article.getPublishedAt(),
                article.getReadingTimeMinutes(),
                article.getCommentCount(),
                article.getPartner());
    }

    /** A page of these, as the API documents it ({@code CursorPage} at run time). */
    @Schema(name = "ArticleSummaryPage")
    public record Page(
            List<ArticleSummary> items,
            @Schema(nullable = true) String nextCursor) {}
}
