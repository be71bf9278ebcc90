package io.manchette.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as an administrator writes it: where, which events, what for. */
@Schema(name = "WebhookInput")
public record WebhookInput(
        @NotBlank @Size(max = 2000) @Schema(examples = "https://front.example.org/api/revalidate")
        String url,

        @NotEmpty
        @Size(max = 20)
        @Schema(
                examples = "[\"article.published\", \"article.updated\"]",
                description = "article.published, article.updated, article.unpublished, article.deleted,"
                        + " comment.approved, front-page.updated, section.updated, tag.updated, author.updated")
        List<@NotNull String> events,

        @Size(max = 500) @Schema(examples = "Revalidation du site Next.js", nullable = true)
        String description) {}
