package io.manchette.article;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a scheduled article goes live, and optionally when it goes off again (UTC instants). */
@Schema(name = "ScheduleInput")
public record ScheduleInput(
        @NotNull @Schema(examples = "2026-12-01T06:00:00Z") Instant publishAt,

        @Schema(description = "Archived automatically at this time", nullable = true, examples = "2026-12-08T06:00:00Z")
        Instant unpublishAt) {}
