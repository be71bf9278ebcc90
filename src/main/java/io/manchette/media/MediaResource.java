package io.manchette.media;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/** Renditions for readers: only the configured presets, never an original, cached for a year. */
@Path("/media")
@PermitAll
@Tag(name = "Media")
public class MediaResource {

    private final Renditions renditions;

    MediaResource(Renditions renditions) {
        this.renditions = renditions;
    }

    @GET
    @Path("{id}/{preset}.{format}")
    // No @Produces: with image types there, the REST layer picks a text writer and sends the bytes'
    // toString(); the type is set on each answer and documented below.
    @Operation(
            summary = "A rendition of a photo",
            description = "Made on the first request from the preset's width and crop around the focal point,"
                    + " then stored. The URLs come from the media's renditions: {id} is the media id and a tag"
                    + " of what the pixels depend on, so the URL changes when they do. No metadata (EXIF, GPS)"
                    + " is kept; the EXIF orientation is applied. An unknown preset or format, an outdated"
                    + " tag, or a photo whose rights have ended, is a 404.")
    @APIResponse(
            responseCode = "200",
            description = "The rendition",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            },
            headers = {
                @Header(
                        name = "ETag",
                        description = "Strong validator of the rendition",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Cache-Control",
                        description = Renditions.IMMUTABLE + "; max-age only until the photo's rights end, if they do",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public RestResponse<byte[]> getRendition(
            @RestPath
                    @Parameter(
                            description = "The media id and its tag, as its rendition URLs give them",
                            example = "12-3f9a1c2b7d4e")
                    String id,
            @RestPath @Parameter(description = "A configured preset (thumb, card, article…)") String preset,
            @RestPath @Parameter(description = "jpeg or webp") String format,
            @RestHeader(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        var served = renditions.serve(id, preset, format, ifNoneMatch);
        if (served.bytes() == null) {
            return RestResponse.ResponseBuilder.<byte[]>create(RestResponse.Status.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, served.etag())
                    .header(HttpHeaders.CACHE_CONTROL, renditions.cacheControl(served))
                    .build();
        }
        return RestResponse.ResponseBuilder.<byte[]>ok(
                        served.bytes(), served.format().mediaType())
                .header(HttpHeaders.ETAG, served.etag())
                .header(HttpHeaders.CACHE_CONTROL, renditions.cacheControl(served))
                .build();
    }
}
