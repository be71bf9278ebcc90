package io.manchette.job;

import io.manchette.job.JobInput.Employer;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live offer in a list: enough for a teaser. */
@Schema(name = "JobSummary")
public record JobSummary(
        @Schema(examples = "journaliste-web-editions-de-la-meuse")
        String slug,

        String title,
        Employer employer,
        @Schema(examples = "Namur") String location,
        Region region,
        Contract contract,
        Instant postedAt,
        Instant expiresAt,

        @Schema(format = "uri-reference", examples = "/api/jobs/journaliste-web-editions-de-la-meuse")
        String apiUrl) {

    public static JobSummary from(JobOffer job) {
        return new JobSummary(
                job.getSlug(),
                job.getTitle(),
                new Employer(job.getEmployerName(), job.getEmployerLogoUrl()),
                job.getLocation(),
                job.getRegion(),
                job.getContract(),
                job.getPostedAt(),
                job.getExpiresAt(),
                "/api/jobs/" + job.getSlug());
    }

    /** A page of these, as the API documents it. */
    @Schema(name = "JobSummaryPage")
    public record Page(
            List<JobSummary> items, @Schema(nullable = true) String nextCursor) {}
}
