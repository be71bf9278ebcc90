package io.manchette.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reader's comment as a front end posts it. */
@Schema(name = "CommentInput")
public record CommentInput(
        @NotBlank @Size(max = 80) @Schema(examples = "Jeanne")
        String authorName,

        @Email
        @Size(max = 254)
        @Schema(description = "Stored for the newsroom, never shown", examples = "jeanne@example.org")
        String authorEmail,

        @NotBlank
        @Size(min = 1, max = 5000)
        @Schema(description = "Plain text: any markup is kept as inert text", examples = "Merci pour cet article.")
        String body,

        @Schema(description = "Id of the approved comment this one answers", nullable = true)
        Long parentId,

        @Schema(description = "Leave empty: a field for robots, hidden from people by the front end", nullable = true)
        String website) {}
