package io.manchette.comment;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One moderation action on many comments at once. */
@Schema(name = "BulkModeration")
public record BulkModeration(
        @NotNull @Schema(examples = "APPROVE") ModerationAction action,

        @NotEmpty @Size(max = 100) @Schema(examples = "[12, 13, 15]")
        List<@NotNull Long> ids) {

    /** What a bulk action did. */
    @Schema(name = "BulkModerationResult")
    public record Result(ModerationAction action, int count) {}
}
