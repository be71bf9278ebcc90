package io.manchette.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** An article saved while a comment is being approved keeps the count the approval wrote. */
@QuarkusTest
class CommentCountTest {

    @Inject
    TestData data;

    @Inject
    ArticleRepository articles;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @Test
    void savingAnArticleNeverWritesBackTheCommentCountItRead() throws Exception {
        Article published = data.published(data.section("Compte"), "Compté pendant une retouche");
        QuarkusTransaction.requiringNew().run(() -> {
            Article article = articles.findById(published.getId());
            // Meanwhile, another transaction approves a comment: the count changes under our feet.
            try (var other = DriverManager.getConnection(databaseUrl, "postgres", null);
                    var statement = other.createStatement()) {
                statement.executeUpdate("update articles set comment_count = 1 where id = " + article.getId());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            article.setCommentsOpen(!article.isCommentsOpen()); // an edit of the article itself
        });
        try (var check = DriverManager.getConnection(databaseUrl, "postgres", null);
                var rows = check.createStatement()
                        .executeQuery("select comment_count from articles where id = " + published.getId())) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }
}
