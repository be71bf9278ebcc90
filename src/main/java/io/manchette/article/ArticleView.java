package io.manchette.article;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.manchette.article.body.Block;
import io.manchette.media.MediaDelivery;
import io.manchette.taxonomy.author.AuthorView;
import io.manchette.taxonomy.section.BreadcrumbItem;
import io.manchette.taxonomy.section.SectionRef;
import io.manchette.taxonomy.tag.TagView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published article, everything its page shows (breadcrumb, reading time, comment count…). */
@Schema(name = "Article")
public record ArticleView(
        String slug,

        @Schema(description = "The kicker (surtitre) above the headline", nullable = true, examples = "Analyse")
        String kicker,

        String title,

        @Schema(nullable = true, description = "The standfirst (chapeau)")
        String lead,

        @Schema(nullable = true, description = "The lead photo; none while its rights have passed")
        MediaDelivery leadImage,

        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = Block.class)
        String body,

        SectionRef section,
        List<BreadcrumbItem> breadcrumb,
        List<TagView> tags,
        List<AuthorView> authors,
        @Schema(examples = "fr") String language,

        @Schema(nullable = true, description = "Null only in the preview of an article not yet published")
        Instant publishedAt,

        Instant updatedAt,

        @Schema(
                description = "When readers last saw a change (title, kicker, lead, body or partner), only if it"
                        + " came after publication: the \"mis à jour le\" line; null when unchanged since",
                nullable = true)
        Instant displayUpdatedAt,

        @Schema(description = "max(1, ceil(wordCount / 200))", examples = "2")
        int readingTimeMinutes,

        @Schema(description = "Words of the lead and the body's text", examples = "312")
        int wordCount,

        @Schema(description = "Approved comments") int commentCount,
        boolean commentsOpen,

        @Schema(description = "An evergreen reference article")
        boolean reference,

        SeoView seo,

        @Schema(description = "A partner's content (Références…); sponsored content must be labelled", nullable = true)
        Partner partner) {

    /**
     * The delivery shape: the body and photos as delivered ({@link DeliveredBodies}); {@code url} is
     * the article's page on the public site (the default canonical URL).
     */
    public static ArticleView from(
            Article article, DeliveredBodies.Delivered delivered, List<BreadcrumbItem> breadcrumb, String url) {
        return new ArticleView(
                article.getSlug(),
                article.getKicker(),
                article.getTitle(),
                article.getLead(),
                delivered.photos().get(article.getLeadImageId()).orElse(null),
                delivered.body(),
                SectionRef.from(article.getSection()),
                breadcrumb,
                article.getTags().stream().map(TagView::from).toList(),
                article.getAuthors().stream().map(AuthorView::from).toList(),
                article.getLanguage(),
                article.getPublishedAt(),
                article.getUpdatedAt(),
                article.getDisplayUpdatedAt(),
                article.getReadingTimeMinutes(),
                article.getWordCount(),
                article.getCommentCount(),
                article.isCommentsOpen(),
                article.isReference(),
                SeoView.from(article, url),
                article.getPartner());
    }
}
