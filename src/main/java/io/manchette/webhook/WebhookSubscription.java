package io.manchette.webhook;

import io.manchette.common.db.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A receiver's subscription: where to send which events, and the secret that signs them. The
 * secret is kept as written (signing needs it) and leaves only in the answers that create or
 * rotate it.
 */
@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscription implements VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String url;
    private String events;
    private String description;
    private String secret;
    private String previousSecret;
    private Instant previousSecretUntil;
    private Instant pausedAt;
    private String pauseReason;
    private int consecutiveFailures;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected WebhookSubscription() {}

    public WebhookSubscription(
            String url, Collection<String> events, String description, String secret, String createdBy, Instant at) {
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = at;
        change(url, events, description, at);
    }

    public void change(String url, Collection<String> events, String description, Instant at) {
        this.url = url;
        this.events = String.join(",", events.stream().sorted().distinct().toList());
        this.description = description;
        this.updatedAt = at;
    }

    /** The new secret signs from now on; the old one too until {@code overlapUntil}. */
    public void rotate(String newSecret, Instant at, Instant overlapUntil) {
        this.previousSecret = secret;
        this.previousSecretUntil = overlapUntil;
        this.secret = newSecret;
        this.updatedAt = at;
    }

    public void pause(Instant at, String reason) {
        if (pausedAt == null) {
            pausedAt = at;
            pauseReason = reason;
            updatedAt = at;
        }
    }

    public void resume(Instant at) {
        if (pausedAt != null) {
            pausedAt = null;
            pauseReason = null;
            consecutiveFailures = 0;
            updatedAt = at;
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getEvents() {
        return Arrays.asList(events.split(","));
    }

    public String getDescription() {
        return description;
    }

    String getSecret() {
        return secret;
    }

    /** The replaced secret while it still signs at {@code now}. */
    Optional<String> previousSecretAt(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? Optional.of(previousSecret)
                : Optional.empty();
    }

    public Instant getPreviousSecretUntil() {
        return previousSecretUntil;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
