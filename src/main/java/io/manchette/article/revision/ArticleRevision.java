package io.manchette.article.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One saved state of an article's content: what was written, by whom, when. Never changed. */
@Entity
@Table(name = "article_revisions")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long articleId;
    private int number;
    private long articleVersion;
    private String author;
    private Instant createdAt;
    private String note;

    /** The article as an editor would send it ({@code ArticleInput} as JSON), slug included. */
    @Column(columnDefinition = "json")
    @ColumnTransformer(write = "?::json")
    private String content;

    protected ArticleRevision() {}

    public ArticleRevision(
            long articleId,
            int number,
            long articleVersion,
            String author,
            Instant createdAt,
            String note,
            String content) {
        this.articleId = articleId;
        this.number = number;
        this.articleVersion = articleVersion;
        this.author = author;
        this.createdAt = createdAt;
        this.note = note;
        this.content = content;
    }

    public int getNumber() {
        return number;
    }

    public long getArticleVersion() {
        return articleVersion;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getNote() {
        return note;
    }

    public String getContent() {
        return content;
    }
}
