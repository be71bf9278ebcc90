package io.manchette.job;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.manchette.article.body.Block;
import io.manchette.job.JobInput.Employer;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer as editors manage it, live or not, with its version and origin. */
@Schema(name = "JobAdmin")
public record JobAdminView(
        long id,

        @Schema(description = "Send it back in If-Match to change the offer")
        long version,

        String slug,
        String title,
        Employer employer,
        String location,
        Region region,
        Contract contract,
        List<String> languages,

        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = Block.class)
        String description,

        @Schema(nullable = true) String applyUrl,
        @Schema(nullable = true) String applyEmail,
        Instant postedAt,
        Instant expiresAt,

        @Schema(description = "The partner feed it came from", nullable = true)
        String source,

        @Schema(description = "Its id in that feed", nullable = true)
        String externalId,

        Instant createdAt,
        Instant updatedAt) {

    public static JobAdminView from(JobOffer j) {
        return new JobAdminView(
                j.getId(),
                j.getVersion(),
                j.getSlug(),
                j.getTitle(),
                new Employer(j.getEmployerName(), j.getEmployerLogoUrl()),
                j.getLocation(),
                j.getRegion(),
                j.getContract(),
                j.getLanguages(),
                j.getDescription(),
                j.getApplyUrl(),
                j.getApplyEmail(),
                j.getPostedAt(),
                j.getExpiresAt(),
                j.getSource(),
                j.getExternalId(),
                j.getCreatedAt(),
                j.getUpdatedAt());
    }
}
