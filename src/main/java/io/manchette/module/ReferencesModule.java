package io.manchette.module;

import io.manchette.article.ArticleSummary;
import io.manchette.job.JobSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Références — Voir les articles de Références — Tous les jobs": the whole block. */
@Schema(name = "ReferencesModule")
public record ReferencesModule(
        @Schema(description = "The brand, as its articles name their partner", examples = "Références")
        String brand,

        @Schema(description = "Its newest career articles") List<ArticleSummary> articles,
        @Schema(description = "The newest live job offers") List<JobSummary> jobs,
        Links links) {

    /** Where "see all" leads, in this API. */
    @Schema(name = "ReferencesLinks")
    public record Links(
            @Schema(
                    description = "Every article of the brand",
                    format = "uri-reference",
                    examples = "/api/articles?partner=R%C3%A9f%C3%A9rences")
            String articles,

            @Schema(description = "Every live offer", format = "uri-reference", examples = "/api/jobs")
            String jobs) {}
}
