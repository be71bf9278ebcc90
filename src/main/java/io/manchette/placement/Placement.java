package io.manchette.placement;

import io.manchette.common.db.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A promotion in a slot of the page, live from its start to its end. */
@Entity
@Table(name = "placements")
public class Placement implements VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slot;
    private String title;
    private String text;
    private String ctaLabel;
    private String ctaUrl;
    private String imageUrl;
    private String imageAlt;
    private Instant startsAt;
    private Instant endsAt;
    private int priority;

    @Version
    private long version;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    /** Replaces what editors write. */
    public void write(PlacementInput input) {
        this.slot = input.slot();
        this.title = input.title().strip();
        this.text = input.text();
        this.ctaLabel = input.cta().label().strip();
        this.ctaUrl = input.cta().url();
        this.imageUrl = input.image() == null ? null : input.image().url();
        this.imageAlt = input.image() == null ? null : input.image().alt();
        this.startsAt = input.startsAt();
        this.endsAt = input.endsAt();
        this.priority = input.priority() == null ? 0 : input.priority();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlot() {
        return slot;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getCtaLabel() {
        return ctaLabel;
    }

    public String getCtaUrl() {
        return ctaUrl;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getPriority() {
        return priority;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
