package io.manchette.article;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.manchette.article.body.Block;
import io.manchette.taxonomy.section.SectionRef;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as the newsroom edits it: what was written, its state, its version and computed figures. */
@Schema(name = "ArticleAdmin")
public record ArticleAdminView(
        long id,
        ArticleStatus status,

        @Schema(description = "Send it back in If-Match to change the article")
        long version,

        String slug,
        @Schema(nullable = true) String kicker,
        String title,
        @Schema(nullable = true) String lead,

        @Schema(nullable = true, description = "The lead photo's media id")
        Long leadImage,

        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = Block.class)
        String body,

        SectionRef section,
        @Schema(description = "Tag slugs, in order") List<String> tags,
        @Schema(description = "Author slugs, in order") List<String> authors,
        String language,
        boolean reference,
        boolean commentsOpen,
        SeoView seo,
        int wordCount,
        int readingTimeMinutes,
        int commentCount,
        @Schema(nullable = true) Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "As delivered: the last visible change after publication", nullable = true)
        Instant displayUpdatedAt,

        @Schema(nullable = true) Partner partner,
        @Schema(description = "The user who created it") String owner,

        @Schema(description = "SCHEDULED: when it goes live", nullable = true)
        Instant publishAt,

        @Schema(description = "When it goes off the site again", nullable = true)
        Instant unpublishAt,

        @Schema(description = "The scheduler's last failure on it", nullable = true)
        String lastError,

        @Schema(
                description = "The workflow actions its state allows",
                examples = "[\"publish\", \"schedule\", \"submit\"]")
        List<String> allowedActions,

        @Schema(
                description = "The photos it uses whose rights have passed (media ids): readers get the article"
                        + " without them")
        List<Long> photosPastRights) {

    public static ArticleAdminView from(Article article, List<Long> photosPastRights) {
        return new ArticleAdminView(
                article.getId(),
                article.getStatus(),
                article.getVersion(),
                article.getSlug(),
                article.getKicker(),
                article.getTitle(),
                article.getLead(),
                article.getLeadImageId(),
                article.getBody(),
                SectionRef.from(article.getSection()),
                article.getTags().stream().map(t -> t.getSlug()).toList(),
                article.getAuthors().stream().map(a -> a.getSlug()).toList(),
                article.getLanguage(),
                article.isReference(),
                article.isCommentsOpen(),
                SeoView.from(article, null),
                article.getWordCount(),
                article.getReadingTimeMinutes(),
                article.getCommentCount(),
                article.getPublishedAt(),
                article.getCreatedAt(),
                article.getUpdatedAt(),
                article.getDisplayUpdatedAt(),
                article.getPartner(),
                article.getOwner(),
                article.getPublishAt(),
                article.getUnpublishAt(),
                article.getLastError(),
                article.getStatus().allowedActions().stream()
                        .map(ArticleAction::path)
                        .sorted()
                        .toList(),
                photosPastRights);
    }
}
