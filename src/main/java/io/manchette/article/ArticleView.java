package io.manchette.article;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.manchette.article.body.Block;
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
        String title,
        @Schema(description = "The standfirst (chapeau)") String lead,

        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = Block.class)
        String body,

        SectionRef section,
        List<BreadcrumbItem> breadcrumb,
        List<TagView> tags,
        List<AuthorView> authors,
        @Schema(examples = "fr") String language,
        Instant publishedAt,
        Instant updatedAt,

        @Schema(description = "max(1, ceil(wordCount / 200))", examples = "2")
        int readingTimeMinutes,

        @Schema(description = "Words of the lead and the body's text", examples = "312")
        int wordCount,

        @Schema(description = "Approved comments") int commentCount,
        boolean commentsOpen,

        @Schema(description = "An evergreen reference article")
        boolean reference,

        SeoView seo) {

    /** The delivery shape; {@code url} is the article's page on the public site (the default canonical URL). */
    public static ArticleView from(Article article, List<BreadcrumbItem> breadcrumb, String url) {
        return new ArticleView(
                article.getSlug(),
                article.getTitle(),
                article.getLead(),
                article.getBody(),
                SectionRef.from(article.getSection()),
                breadcrumb,
                article.getTags().stream().map(TagView::from).toList(),
                article.getAuthors().stream().map(AuthorView::from).toList(),
                article.getLanguage(),
                article.getPublishedAt(),
                article.getUpdatedAt(),
                article.getReadingTimeMinutes(),
                article.getWordCount(),
                article.getCommentCount(),
                article.isCommentsOpen(),
                article.isReference(),
                SeoView.from(article, url));
    }
}
