package io.manchette.job;

import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Job offer management for editors, and the re-import of partners' feeds. */
@Path("/api/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
@Tag(name = "Jobs management")
public class JobAdminResource {

    private final JobService service;
    private final JobRepository jobs;

    JobAdminResource(JobService service, JobRepository jobs) {
        this.service = service;
        this.jobs = jobs;
    }

    @GET
    @Operation(summary = "Every offer, expired and to come included, newest first")
    public CursorPage<JobAdminView> listJobsForAdmin(@RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(limit, cursor);
        return CursorPage.of(jobs.listNewestIdFirst(page), page, j -> Cursor.of(j.getId()), JobAdminView::from);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One offer, with its version as ETag")
    public RestResponse<JobAdminView> getJobForAdmin(@RestPath long id) {
        var view = JobAdminView.from(service.get(id));
        return Versioned.ok(view, view.version());
    }

    @POST
    @Operation(summary = "Create an offer", description = "409 when the slug is taken.")
    @APIResponseSchema(
            value = JobAdminView.class,
            responseCode = "201",
            responseDescription = "Created; Location names it, ETag is its version")
    public RestResponse<JobAdminView> createJob(@Valid @NotNull JobInput input) {
        var view = JobAdminView.from(service.create(input));
        return Versioned.created(URI.create("/api/admin/jobs/" + view.id()), view, view.version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an offer", description = "Needs If-Match.")
    public RestResponse<JobAdminView> updateJob(
            @RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull JobInput input) {
        var view = JobAdminView.from(service.update(id, IfMatch.parse(ifMatch), input));
        return Versioned.ok(view, view.version());
    }

    @PUT
    @Path("by-source/{source}/{externalId}")
    @Operation(
            summary = "Create or update a partner feed's offer by its id in that feed",
            description = "201 when new, 200 when it existed: re-importing a feed never duplicates an offer."
                    + " If-Match is optional, checked when sent.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JobAdminView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = JobAdminView.class)))
    public RestResponse<JobAdminView> upsertJobBySource(
            @RestPath String source,
            @RestPath String externalId,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull JobInput input) {
        var done = service.upsert(source, externalId, IfMatch.parseIfSent(ifMatch), input);
        var view = JobAdminView.from(done.job());
        return done.created()
                ? Versioned.created(URI.create("/api/admin/jobs/" + view.id()), view, view.version())
                : Versioned.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an offer", description = "Needs If-Match.")
    public RestResponse<Void> deleteJob(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }
}
