package io.manchette.job;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.manchette.article.body.Block;
import io.manchette.job.JobInput.Employer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A live offer's page, with its schema.org JobPosting for search engines. */
@Schema(name = "Job")
public record JobView(
        String slug,
        String title,
        Employer employer,
        String location,
        Region region,
        Contract contract,

        @Schema(description = "BCP 47 languages the job needs")
        List<String> languages,

        @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = Block.class)
        String description,

        @Schema(format = "uri", nullable = true) String applyUrl,
        @Schema(format = "email", nullable = true) String applyEmail,
        Instant postedAt,
        Instant expiresAt,

        @Schema(
                type = SchemaType.OBJECT,
                description =
                        "schema.org JobPosting as JSON-LD, for a script element of type application/ld+json in the page:"
                                + " title, description (HTML), datePosted, validThrough, employmentType, hiringOrganization,"
                                + " jobLocation, and identifier when the offer came from a feed")
        Map<String, Object> jsonLd) {}
