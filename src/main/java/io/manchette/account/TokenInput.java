package io.manchette.account;

import io.manchette.security.token.TokenScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new token: what it is for, what it may do, until when. */
@Schema(name = "TokenInput")
public record TokenInput(
        @NotBlank @Size(max = 80) @Schema(examples = "Application mobile")
        String name,

        @NotEmpty
        @Schema(
                examples = "[\"content:read-drafts\"]",
                description = "content:read-drafts, content:write, comments:moderate")
        Set<@NotNull TokenScope> scopes,

        @Schema(description = "In the future, within a year; 90 days from now when absent", nullable = true)
        Instant expiresAt) {}
