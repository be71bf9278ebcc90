package io.manchette.comment;

import io.manchette.article.Article;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A reader's comment on an article, possibly a reply in a thread. */
@Entity
@Table(name = "comments")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    private Long parentId;
    private Long rootId;
    private String authorName;
    private String authorEmail;
    private String body;

    @Enumerated(EnumType.STRING)
    private CommentStatus status;

    private String spamReason;
    private String clientAddress;
    private Instant postedAt;
    private String moderatedBy;
    private Instant moderatedAt;

    @Version
    private long version;

    protected Comment() {}

    /** A new comment; a reply belongs to the thread of its parent. */
    public Comment(
            Article article,
            Comment parent,
            String authorName,
            String authorEmail,
            String body,
            String clientAddress,
            Instant postedAt) {
        this.article = article;
        if (parent != null) {
            this.parentId = parent.getId();
            this.rootId = parent.getRootId() != null ? parent.getRootId() : parent.getId();
        }
        this.authorName = authorName;
        this.authorEmail = authorEmail;
        this.body = body;
        this.clientAddress = clientAddress;
        this.postedAt = postedAt;
        this.status = CommentStatus.PENDING;
    }

    /** Set on arrival: published at once (post-moderation), or held, or held as spam. */
    public void arrive(CommentStatus status, String spamReason) {
        this.status = status;
        this.spamReason = spamReason;
    }

    /** A moderator's decision, kept with who took it and when. */
    public void moderate(CommentStatus status, String moderator, Instant at) {
        this.status = status;
        this.moderatedBy = moderator;
        this.moderatedAt = at;
    }

    public boolean isApproved() {
        return status == CommentStatus.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Long getParentId() {
        return parentId;
    }

    public Long getRootId() {
        return rootId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public CommentStatus getStatus() {
        return status;
    }

    public String getSpamReason() {
        return spamReason;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public long getVersion() {
        return version;
    }
}
