package io.manchette.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the webhooks API; a signing secret appears only in {@link Created}. */
public final class WebhookViews {

    private WebhookViews() {}

    /** A subscription as listed: never its secret. */
    @Schema(name = "Webhook")
    public record View(
            long id,
            long version,
            String url,
            List<String> events,
            @Schema(nullable = true) String description,

            @Schema(description = "ACTIVE, or PAUSED (by an administrator or after a run of failures)")
            String status,

            @Schema(nullable = true) Instant pausedAt,

            @Schema(nullable = true, description = "Why it was paused")
            String pauseReason,

            @Schema(description = "Failed attempts in a row")
            int consecutiveFailures,

            @Schema(nullable = true, description = "Until when the secret replaced by the last rotation still signs")
            Instant previousSecretValidUntil,

            String createdBy,
            Instant createdAt,
            Instant updatedAt) {

        static View from(WebhookSubscription s) {
            return new View(
                    s.getId(),
                    s.getVersion(),
                    s.getUrl(),
                    s.getEvents(),
                    s.getDescription(),
                    s.getPausedAt() == null ? "ACTIVE" : "PAUSED",
                    s.getPausedAt(),
                    s.getPauseReason(),
                    s.getConsecutiveFailures(),
                    s.getPreviousSecretUntil(),
                    s.getCreatedBy(),
                    s.getCreatedAt(),
                    s.getUpdatedAt());
        }
    }

    /** A subscription just created or its secret just rotated: the secret is shown this once. */
    @Schema(name = "WebhookCreated")
    public record Created(
            View webhook,

            @Schema(description = "whsec_…: verify webhook-signature with it; it is shown only now")
            String secret) {}

    /** One delivery of one event to this subscription, with every attempt. */
    @Schema(name = "WebhookDelivery")
    public record Delivery(
            long id,

            @Schema(description = "The webhook-id header, the same on every attempt")
            String eventId,

            String type,

            @Schema(description = "PENDING (waiting for its next attempt), DELIVERED, or FAILED (schedule exhausted)")
            String status,

            Instant createdAt,
            @Schema(nullable = true) Instant nextAttemptAt,
            @Schema(nullable = true) Instant deliveredAt,
            List<Attempt> attempts) {}

    /** One HTTP attempt. */
    @Schema(name = "WebhookAttempt")
    public record Attempt(
            Instant at,

            @Schema(nullable = true, description = "The receiver's status code; null when it never answered")
            Integer statusCode,

            long durationMs,

            @Schema(nullable = true, description = "Why it failed; null when delivered")
            String error) {}
}
