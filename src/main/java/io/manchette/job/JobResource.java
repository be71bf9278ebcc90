package io.manchette.job;

import static io.manchette.common.request.QueryParams.optional;
import static io.manchette.common.request.QueryParams.optionalEnum;

import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Live job offers for front ends: "Tous les jobs" and an offer's page. */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Jobs")
public class JobResource {

    private final JobRepository jobs;
    private final JobService service;
    private final PublicAnswers answers;
    private final Clock clock;

    JobResource(JobRepository jobs, JobService service, PublicAnswers answers, Clock clock) {
        this.jobs = jobs;
        this.service = service;
        this.answers = answers;
        this.clock = clock;
    }

    @GET
    @Operation(
            summary = "Live job offers, newest first",
            description = "Offers posted and not expired; keyset pagination (pass nextCursor as cursor). The answer is"
                    + " fresh until the soonest expiry or posting, so an expired offer leaves by itself.")
    @APIResponseSchema(JobSummary.Page.class)
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestResponse<Payload> listJobs(
            @RestQuery @Parameter(schema = @Schema(implementation = Region.class)) String region,
            @RestQuery @Parameter(schema = @Schema(implementation = Contract.class)) String contract,
            @RestQuery
                    @Parameter(
                            description = "Words of the title, the employer or the place",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
                    String q,
            @RestQuery @DefaultValue(PageRequest.DEFAULT) @Parameter(description = "1 to 100") String limit,
            @RestQuery @Parameter(description = "nextCursor of the previous page") String cursor,
            Request request) {
        var page = PageRequest.of(Cursor.Kind.JOBS, limit, cursor);
        String words = optional(q);
        if (words != null && words.length() > 100) {
            throw new InvalidInput("q", "must be at most 100 characters");
        }
        var filter = new JobRepository.Filter(
                optionalEnum("region", region, Region.class),
                optionalEnum("contract", contract, Contract.class),
                words);
        Instant now = clock.instant();
        var rows = jobs.listLiveNewestFirst(filter, now, page);
        var keys = CacheKeys.of(CacheKeys.JOBS);
        rows.forEach(j -> keys.job(j.getId()));
        return answers.json(
                request,
                CursorPage.of(rows, page, j -> Cursor.of(j.getPostedAt(), j.getId()), JobSummary::from),
                keys,
                jobs.findNextChange(now).orElse(null));
    }

    @GET
    @Path("{slug}")
    @Operation(
            summary = "A live job offer, with its schema.org JobPosting JSON-LD",
            description = "404 once expired; the answer is fresh until the offer's expiry.")
    @APIResponseSchema(JobView.class)
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestResponse<Payload> getJob(@RestPath String slug, Request request) {
        Instant now = clock.instant();
        JobOffer job = jobs.findLiveBySlug(slug, now).orElseThrow(() -> new NotFound("Job offer", slug));
        var view = new JobView(
                job.getSlug(),
                job.getTitle(),
                new JobInput.Employer(job.getEmployerName(), job.getEmployerLogoUrl()),
                job.getLocation(),
                job.getRegion(),
                job.getContract(),
                job.getLanguages(),
                job.getDescription(),
                job.getApplyUrl(),
                job.getApplyEmail(),
                job.getPostedAt(),
                job.getExpiresAt(),
                JobPostings.of(job, service.description(job)));
        return answers.json(request, view, CacheKeys.of().job(job.getId()), job.getExpiresAt());
    }
}
