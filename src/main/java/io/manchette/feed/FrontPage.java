package io.manchette.feed;

import io.manchette.article.Article;
import io.manchette.common.db.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** "À la Une": the single, ordered selection of articles the editors put on the front page. */
@Entity
@Table(name = "front_page")
public class FrontPage implements VersionedEntity {

    /** There is one front page; its row is created by the migration. */
    public static final short ID = 1;

    @Id
    private Short id;

    @ManyToMany
    @JoinTable(
            name = "front_page_articles",
            joinColumns = @JoinColumn(name = "front_page_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<Article> articles = new ArrayList<>();

    @Version
    private long version;

    private Instant updatedAt;
    private String updatedBy;

    protected FrontPage() {}

    /** Replaces the selection; the order given is the order shown. */
    public void select(List<Article> selection, String editor, Instant at) {
        articles.clear();
        articles.addAll(selection);
        updatedBy = editor;
        updatedAt = at;
    }

    public List<Article> getArticles() {
        return articles;
    }

    @Override
    public Short getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
