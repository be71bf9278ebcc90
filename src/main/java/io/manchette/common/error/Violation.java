package io.manchette.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: its JSON path in the input ({@code body[2].level}) and what is wrong. */
@Schema(description = "An invalid input field")
public record Violation(
        @Schema(required = true, examples = "body[2].level") String field,

        @Schema(required = true, examples = "must be between 2 and 4")
        String message) {}
