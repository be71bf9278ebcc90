package io.manchette.taxonomy.section;

import io.manchette.common.db.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A rubrique of the site (Monde, Europe…), placed in a tree; its path is the chain of slugs from the root. */
@Entity
@Table(name = "sections")
public class Section implements VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Section parent;

    private String path;
    private int position;

    @Version
    private long version;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    protected Section() {}

    public Section(String slug, String name, Section parent) {
        this.slug = slug;
        this.name = name;
        placeUnder(parent, slug);
    }

    /** Moves the section and renames its slug; the caller updates the descendants' paths. */
    public void placeUnder(Section newParent, String newSlug) {
        this.parent = newParent;
        this.slug = newSlug;
        this.path = pathOf(newParent, newSlug);
    }

    /** Whether {@code other} is this section or one of its descendants. */
    public boolean contains(Section other) {
        return other.path.equals(path) || other.path.startsWith(path + "/");
    }

    public static String pathOf(Section parent, String slug) {
        return parent == null ? slug : parent.path + "/" + slug;
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

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Section getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
