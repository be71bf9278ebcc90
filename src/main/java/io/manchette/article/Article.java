package io.manchette.article;

import io.manchette.common.db.VersionedEntity;
import io.manchette.taxonomy.author.Author;
import io.manchette.taxonomy.section.Section;
import io.manchette.taxonomy.tag.Tag;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A news article: its text, where it is filed, who signed it, and where it stands in the workflow. */
@Entity
@Table(name = "articles")
public class Article implements VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String kicker;
    private String title;
    private String lead;

    /** A partner's content: the partner's name, and whether it is paid for. */
    private String partnerName;

    private boolean partnerSponsored;

    /** The last change readers see (title, kicker, lead, body, partner) made once published. */
    private Instant revisedAt;

    /**
     * The body blocks as JSON, serialised once when written: deliveries embed it as is, without
     * parsing it again on every read. A {@code json} column (not {@code jsonb}) keeps the text as written.
     */
    @Column(columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    private String body;

    /** The photo shown above the article and in its teasers: a media item's id. */
    private Long leadImageId;

    /** Every photo the article uses, its lead's and its body's: what the library keeps in use. */
    @ElementCollection
    @CollectionTable(name = "article_media", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "media_id")
    private Set<Long> mediaIds = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @ManyToMany
    @JoinTable(
            name = "article_tags",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    private List<Tag> tags = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "article_authors",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    private List<Author> authors = new ArrayList<>();

    private String language;
    private boolean reference;
    private boolean commentsOpen;

    @Embedded
    private Seo seo = new Seo();

    @Enumerated(EnumType.STRING)
    private ArticleStatus status = ArticleStatus.DRAFT;

    /** The user who created the article; authors may edit only their own. */
    private String owner;

    private Instant publishAt;
    private Instant unpublishAt;
    private String lastError;
    private Instant lastErrorAt;

    private int wordCount;
    private int readingTimeMinutes;
    /** Written only by the comments' own update, never by saving the article: an edit made while a
     *  comment was approved must not put back the count it read before. */
    @Column(insertable = false, updatable = false)
    private int commentCount;

    private Instant publishedAt;

    @Version
    private long version;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    /** Search-engine fields; empty ones fall back to the title and lead on delivery. */
    @Embeddable
    public static class Seo {
        @Column(name = "seo_title")
        private String title;

        @Column(name = "seo_description")
        private String description;

        @Column(name = "seo_canonical_url")
        private String canonicalUrl;

        protected Seo() {}

        public Seo(String title, String description, String canonicalUrl) {
            this.title = title;
            this.description = description;
            this.canonicalUrl = canonicalUrl;
        }

        public String getTitle() {
            return title;
        }

        public String getDescription() {
            return description;
        }

        public String getCanonicalUrl() {
            return canonicalUrl;
        }
    }

    /** Goes live now; the first publication date is kept when an article is published again. */
    public void publish(Instant now) {
        status = ArticleStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        publishAt = null;
        lastError = null;
        lastErrorAt = null;
    }

    /** Waits to go live at {@code at}, and optionally to go off again at {@code until}. */
    public void schedule(Instant at, Instant until) {
        status = ArticleStatus.SCHEDULED;
        publishAt = at;
        unpublishAt = until;
        lastError = null;
        lastErrorAt = null;
    }

    /** Sent to the editors for review. */
    public void submit() {
        status = ArticleStatus.IN_REVIEW;
    }

    /** Leaves the public site (or the schedule, or the review) and goes back to the newsroom as a draft. */
    public void unpublish() {
        status = ArticleStatus.DRAFT;
        publishAt = null;
        unpublishAt = null;
    }

    /** Off the public site for good, kept for the record. */
    public void archive() {
        status = ArticleStatus.ARCHIVED;
        unpublishAt = null;
    }

    /** The scheduler could not publish it: kept scheduled, with the reason, and retried later. */
    public void failScheduling(String error, Instant at) {
        lastError = error;
        lastErrorAt = at;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public void setCommentsOpen(boolean commentsOpen) {
        this.commentsOpen = commentsOpen;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** Replaces what editors write, with the figures computed from it. */
    public void write(
            String title,
            String lead,
            String bodyJson,
            Long leadImageId,
            Set<Long> mediaIds,
            int wordCount,
            int readingTimeMinutes,
            Section section,
            List<Tag> tags,
            List<Author> authors) {
        this.title = title;
        this.lead = lead;
        this.body = bodyJson;
        this.leadImageId = leadImageId;
        if (!this.mediaIds.equals(mediaIds)) {
            this.mediaIds.clear();
            this.mediaIds.addAll(mediaIds);
        }
        this.wordCount = wordCount;
        this.readingTimeMinutes = readingTimeMinutes;
        this.section = section;
        // Rewriting an unchanged list would announce a change of the tag's and author's lists.
        if (!this.tags.equals(tags)) {
            this.tags.clear();
            this.tags.addAll(tags);
        }
        if (!this.authors.equals(authors)) {
            this.authors.clear();
            this.authors.addAll(authors);
        }
    }

    /** The kicker above the headline and the partner whose content it is; {@code null} for none. */
    public void label(String kicker, Partner partner) {
        this.kicker = kicker;
        this.partnerName = partner == null ? null : partner.name();
        this.partnerSponsored = partner != null && partner.sponsored();
    }

    /** A change readers see was saved at {@code at}: the "mis à jour le" of a published article. */
    public void markRevised(Instant at) {
        this.revisedAt = at;
    }

    public void setOptions(String language, boolean reference, boolean commentsOpen, Seo seo) {
        this.language = language;
        this.reference = reference;
        this.commentsOpen = commentsOpen;
        this.seo = seo;
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

    public String getLead() {
        return lead;
    }

    public Long getLeadImageId() {
        return leadImageId;
    }

    public String getBody() {
        return body;
    }

    public Section getSection() {
        return section;
    }

    public List<Tag> getTags() {
        return tags;
    }

    public List<Author> getAuthors() {
        return authors;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isReference() {
        return reference;
    }

    public boolean isCommentsOpen() {
        return commentsOpen;
    }

    public Seo getSeo() {
        return seo == null ? new Seo() : seo;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getUnpublishAt() {
        return unpublishAt;
    }

    public String getLastError() {
        return lastError;
    }

    public int getWordCount() {
        return wordCount;
    }

    public int getReadingTimeMinutes() {
        return readingTimeMinutes;
    }

    public int getCommentCount() {
        return commentCount;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getKicker() {
        return kicker;
    }

    public Partner getPartner() {
        return partnerName == null ? null : new Partner(partnerName, partnerSponsored);
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    /**
     * When the article last changed in a way readers see, only if that came after its first
     * publication ("mis à jour le"); {@code null} otherwise, so a page shows the publication date alone.
     */
    public Instant getDisplayUpdatedAt() {
        return revisedAt != null && publishedAt != null && revisedAt.isAfter(publishedAt) ? revisedAt : null;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
