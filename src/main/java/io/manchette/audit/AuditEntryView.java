package io.manchette.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry for administrators. */
@Schema(name = "AuditEntry")
public record AuditEntryView(
        long id,
        Instant at,
        @Schema(examples = "redaction") String actor,
        @Schema(examples = "article.publish") String action,
        @Schema(examples = "article") String targetType,
        @Schema(examples = "31") String targetId,
        @Schema(nullable = true) Long versionBefore,
        @Schema(nullable = true) Long versionAfter,
        @Schema(nullable = true) String clientAddress,
        @Schema(nullable = true) String detail) {

    public static AuditEntryView from(AuditEntry entry) {
        return new AuditEntryView(
                entry.getId(),
                entry.getAt(),
                entry.getActor(),
                entry.getAction(),
                entry.getTargetType(),
                entry.getTargetId(),
                entry.getVersionBefore(),
                entry.getVersionAfter(),
                entry.getClientAddress(),
                entry.getDetail());
    }
}
