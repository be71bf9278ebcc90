package io.manchette.taxonomy.author;

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

/** A journalist who signs articles (the byline), with a short biography. */
@Entity
@Table(name = "authors")
public class Author implements VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String bio;

    @Version
    private long version;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    protected Author() {}

    public Author(String slug, String name, String bio) {
        this.slug = slug;
        this.name = name;
        this.bio = bio;
    }

    public void describe(String slug, String name, String bio) {
        this.slug = slug;
        this.name = name;
        this.bio = bio;
    }

    public String getBio() {
        return bio;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
