package io.manchette.media;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart form of an upload, as the OpenAPI document describes it (the resource reads the parts). */
@Schema(name = "MediaUpload", requiredProperties = "file")
public class MediaUploadForm {

    @Schema(type = SchemaType.STRING, format = "binary", description = "The image: JPEG, PNG, WebP or GIF")
    public String file;

    @Schema(description = "Text alternative; needed to publish", maxLength = 500)
    public String alt;

    @Schema(description = "Caption", maxLength = 2000)
    public String caption;

    @Schema(description = "Credit line: « Photo : Belga / Jean Dupont »", maxLength = 200)
    public String credit;

    @Schema(description = "Agency or source: Belga, AFP, Reuters…", maxLength = 100)
    public String source;

    @Schema(description = "The rights end: a date (through that day, UTC) or an instant", example = "2027-06-30")
    public String rightsUntil;

    @Schema(description = "Focal point from the left, 0 to 1 (0.5 by default)", example = "0.5")
    public String focalX;

    @Schema(description = "Focal point from the top, 0 to 1 (0.5 by default)", example = "0.5")
    public String focalY;
}
