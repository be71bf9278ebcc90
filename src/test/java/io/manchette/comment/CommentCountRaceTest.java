package io.manchette.comment;

import static io.manchette.support.Api.as;
import static io.manchette.support.Api.reader;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.Concurrently;
import io.manchette.support.Eventually;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Moderators approving comments of one article at the same instant leave its count exact. */
@QuarkusTest
class CommentCountRaceTest {

    static final int COMMENTS = 8;

    @Inject
    TestData data;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    static int waitingOnALock(java.sql.Connection watcher) {
        try (var rows = watcher.createStatement()
                .executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and datname = current_database()")) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void concurrentApprovalsCountEveryComment() throws Exception {
        String moderator = data.user(Roles.MODERATOR);
        Article article = data.published(data.section("Affluence"), "Tout le monde commente");
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < COMMENTS; i++) {
            ids.add(reader().body(Map.of("authorName", "Lecteur " + i, "body", "Avis numéro " + i + "."))
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("id"));
        }

        // The article's row is held, so every approval reaches its recount before any may finish:
        // the moderations overlap as much as they ever can.
        List<Integer> statuses;
        try (var holder = DriverManager.getConnection(databaseUrl, "postgres", null);
                var watcher = DriverManager.getConnection(databaseUrl, "postgres", null)) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("select id from articles where id = " + article.getId() + " for update");
            var approvals = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return Concurrently.run(
                            COMMENTS,
                            i -> as(moderator)
                                    .post("/api/admin/comments/{id}/approve", ids.get(i))
                                    .statusCode());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Eventually.until("every approval waits on the article", () -> waitingOnALock(watcher) >= COMMENTS);
            holder.rollback();
            statuses = approvals.get();
        }

        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);
        given().get("/api/articles/{slug}", article.getSlug())
                .then()
                .statusCode(200)
                .body("commentCount", org.hamcrest.Matchers.equalTo(COMMENTS));
    }
}
