package io.manchette.media;

import io.manchette.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A photo of the library: its original's facts (immutable) and what editors write about it. */
@Entity
@Table(name = "media_items")
public class MediaItem implements VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String digest;
    private String originalType;
    private long sizeBytes;
    private int width;
    private int height;
    private short orientation;
    private String alt;
    private String caption;
    private String credit;
    private String source;
    private Instant rightsUntil;

    @Column(name = "focal_x")
    private double focalX;

    @Column(name = "focal_y")
    private double focalY;

    private String uploadedBy;

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;

    protected MediaItem() {}

    MediaItem(ImageCodec.Probe probe, String digest, long sizeBytes, String uploadedBy, Instant now) {
        this.digest = digest;
        this.originalType = probe.type().mediaType();
        this.sizeBytes = sizeBytes;
        this.width = probe.width();
        this.height = probe.height();
        this.orientation = (short) probe.orientation();
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces what editors write: text, rights, focal point. */
    void describe(MediaMetadata metadata, Instant now) {
        this.alt = metadata.alt();
        this.caption = metadata.caption();
        this.credit = metadata.credit();
        this.source = metadata.source();
        this.rightsUntil = metadata.rightsUntil();
        this.focalX = metadata.focalX() == null ? 0.5 : metadata.focalX();
        this.focalY = metadata.focalY() == null ? 0.5 : metadata.focalY();
        this.updatedAt = now;
    }

    /** Readers get a photo until its rights end ({@code rightsUntil}, null: no end), not from then on. */
    static boolean shownAt(Instant rightsUntil, Instant now) {
        return rightsUntil == null || rightsUntil.isAfter(now);
    }

    /** The header's facts, as the codec needs them to render. */
    ImageCodec.Probe probe() {
        boolean turned = orientation >= 5;
        return new ImageCodec.Probe(
                ImageType.ofMediaType(originalType).orElseThrow(),
                turned ? height : width,
                turned ? width : height,
                orientation);
    }

    /** The store's key of the original: by digest, so one file is kept once. */
    String originalKey() {
        return "originals/" + digest;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getDigest() {
        return digest;
    }

    public String getOriginalType() {
        return originalType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getAlt() {
        return alt;
    }

    public String getCaption() {
        return caption;
    }

    public String getCredit() {
        return credit;
    }

    public String getSource() {
        return source;
    }

    public Instant getRightsUntil() {
        return rightsUntil;
    }

    public double getFocalX() {
        return focalX;
    }

    public double getFocalY() {
        return focalY;
    }

    public String getUploadedBy() {
        return uploadedBy;
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
