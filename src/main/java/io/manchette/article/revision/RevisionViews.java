package io.manchette.article.revision;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.manchette.article.ArticleInput;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the revisions API. */
public final class RevisionViews {

    private RevisionViews() {}

    /** A revision in the list: who saved it, when, why. */
    @Schema(name = "RevisionSummary")
    public record Summary(
            int number,
            long articleVersion,
            String author,
            Instant createdAt,
            @Schema(nullable = true) String note) {

        public static Summary from(ArticleRevision revision) {
            return new Summary(
                    revision.getNumber(),
                    revision.getArticleVersion(),
                    revision.getAuthor(),
                    revision.getCreatedAt(),
                    revision.getNote());
        }
    }

    /** A whole revision: its content as an editor would send it. */
    @Schema(name = "Revision")
    public record Full(
            int number,
            long articleVersion,
            String author,
            Instant createdAt,
            @Schema(nullable = true) String note,

            @JsonRawValue @Schema(type = SchemaType.OBJECT, implementation = ArticleInput.class)
            String content) {

        public static Full from(ArticleRevision revision) {
            return new Full(
                    revision.getNumber(),
                    revision.getArticleVersion(),
                    revision.getAuthor(),
                    revision.getCreatedAt(),
                    revision.getNote(),
                    revision.getContent());
        }
    }

    /** What changed from one revision to another. */
    @Schema(name = "RevisionDiff")
    public record Diff(int from, int to, List<RevisionDiff.Change> changes) {}
}
