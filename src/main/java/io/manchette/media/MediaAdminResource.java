package io.manchette.media;

import static io.manchette.common.request.QueryParams.optional;

import io.manchette.common.error.InvalidInput;
import io.manchette.common.http.IfMatch;
import io.manchette.common.http.Versioned;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.common.time.Instants;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The media library for the newsroom: upload, find, describe, delete. */
@Path("/api/admin/media")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
@Tag(name = "Media library")
public class MediaAdminResource {

    private final MediaService service;
    private final MediaRepository media;
    private final Renditions renditions;

    MediaAdminResource(MediaService service, MediaRepository media, Renditions renditions) {
        this.service = service;
        this.media = media;
        this.renditions = renditions;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR, Roles.DRAFTS_READER})
    @Operation(summary = "The library, newest first, with filters")
    public CursorPage<MediaAdminView> listMedia(
            @RestQuery @Parameter(description = "Words of the caption or the credit") String q,
            @RestQuery @Parameter(description = "The agency or source, any case (Belga)") String agency,
            @RestQuery @Parameter(description = "The user name of whoever uploaded it") String uploader,
            @RestQuery @Parameter(description = "Uploaded from this date or instant") String from,
            @RestQuery @Parameter(description = "Uploaded before the end of this date, or before this instant")
                    String to,
            @RestQuery String limit,
            @RestQuery String cursor) {
        var page = PageRequest.of(limit, cursor);
        var filter = new MediaRepository.Filter(
                optional(q),
                optional(agency),
                optional(uploader),
                Instants.parse("from", from, false),
                Instants.parse("to", to, true));
        return CursorPage.of(
                media.list(filter, page), page, m -> Cursor.of(m.getId()), m -> MediaAdminView.from(m, renditions));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR, Roles.DRAFTS_READER})
    @Operation(summary = "One photo, with its version as ETag and the URLs of its renditions")
    public RestResponse<MediaAdminView> getMedia(@RestPath long id) {
        var view = MediaAdminView.from(service.get(id), renditions);
        return Versioned.ok(view, view.version());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Upload a photo",
            description = "The type is read from the bytes (JPEG, PNG, WebP, GIF; else 415 naming file). Over"
                    + " manchette.media.max-upload-size, or a header claiming more than"
                    + " manchette.media.max-megapixels: 413 naming file, before any decoding. The same bytes"
                    + " uploaded again answer 200 with the item they already are, its metadata unchanged.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = MediaUploadForm.class)))
    @APIResponse(
            responseCode = "201",
            description = "Uploaded; Location names it, ETag is its version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaAdminView.class)))
    @APIResponse(
            responseCode = "200",
            description = "These bytes were already in the library: the existing item, unchanged",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MediaAdminView.class)))
    public RestResponse<MediaAdminView> uploadMedia(
            @RestForm("file") FileUpload file,
            @RestForm String alt,
            @RestForm String caption,
            @RestForm String credit,
            @RestForm String source,
            @RestForm String rightsUntil,
            @RestForm String focalX,
            @RestForm String focalY) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidInput("file", "is required: the image, as the multipart part named file");
        }
        service.requireAllowedSize(file.size()); // before the file is read into memory
        var metadata = new MediaMetadata(
                alt,
                caption,
                credit,
                source,
                Instants.parse("rightsUntil", optional(rightsUntil), true),
                fraction("focalX", focalX),
                fraction("focalY", focalY));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var uploaded = service.upload(bytes, metadata);
        var view = MediaAdminView.from(uploaded.item(), renditions);
        if (!uploaded.created()) {
            return Versioned.ok(view, view.version());
        }
        return Versioned.created(URI.create("/api/admin/media/" + view.id()), view, view.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace a photo's metadata",
            description = "Needs If-Match. A new focal point gives new rendition URLs.")
    public RestResponse<MediaAdminView> describeMedia(
            @RestPath long id,
            @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MediaMetadata metadata) {
        var view = MediaAdminView.from(service.describe(id, IfMatch.parse(ifMatch), metadata), renditions);
        return Versioned.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a photo, its renditions and their bytes", description = "Needs If-Match.")
    public RestResponse<Void> deleteMedia(@RestPath long id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, IfMatch.parse(ifMatch));
        return RestResponse.noContent();
    }

    private static Double fraction(String field, String value) {
        String text = optional(value);
        if (text == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(text);
            if (d >= 0 && d <= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInput(field, "must be a number from 0 to 1");
    }
}
