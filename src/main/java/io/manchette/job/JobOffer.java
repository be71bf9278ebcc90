package io.manchette.job;

import io.manchette.common.db.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A job offer, live from its posting to its expiry. */
@Entity
@Table(name = "job_offers")
public class JobOffer implements VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private String employerName;
    private String employerLogoUrl;
    private String location;

    @Enumerated(EnumType.STRING)
    private Region region;

    @Enumerated(EnumType.STRING)
    private Contract contract;

    @Column(columnDefinition = "text[]")
    private String[] languages = new String[0];

    /** The description blocks as JSON, as the article body is kept. */
    @Column(columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    private String description;

    private String applyUrl;
    private String applyEmail;
    private Instant postedAt;
    private Instant expiresAt;
    private String source;
    private String externalId;

    @Version
    private long version;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    public void write(JobInput input, String descriptionJson, Instant postedAt) {
        this.title = input.title().strip();
        this.employerName = input.employer().name().strip();
        this.employerLogoUrl = input.employer().logoUrl();
        this.location = input.location().strip();
        this.region = input.region();
        this.contract = input.contract();
        this.languages =
                input.languages() == null ? new String[0] : input.languages().toArray(String[]::new);
        this.description = descriptionJson;
        this.applyUrl = input.applyUrl();
        this.applyEmail = input.applyEmail();
        this.postedAt = postedAt;
        this.expiresAt = input.expiresAt();
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public void identify(String source, String externalId) {
        this.source = source;
        this.externalId = externalId;
    }

    public boolean isLive(Instant now) {
        return !postedAt.isAfter(now) && expiresAt.isAfter(now);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getEmployerName() {
        return employerName;
    }

    public String getEmployerLogoUrl() {
        return employerLogoUrl;
    }

    public String getLocation() {
        return location;
    }

    public Region getRegion() {
        return region;
    }

    public Contract getContract() {
        return contract;
    }

    public List<String> getLanguages() {
        return List.of(languages);
    }

    public String getDescription() {
        return description;
    }

    public String getApplyUrl() {
        return applyUrl;
    }

    public String getApplyEmail() {
        return applyEmail;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getSource() {
        return source;
    }

    public String getExternalId() {
        return externalId;
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
