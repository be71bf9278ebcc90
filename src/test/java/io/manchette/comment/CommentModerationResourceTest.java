package io.manchette.comment;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static io.manchette.support.Api.reader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CommentModerationResourceTest {

    @Inject
    TestData data;

    Article article;
    String moderator;

    @BeforeEach
    void setUp() {
        article = data.published(data.section("Monde"), "Un article modéré");
        moderator = data.user(Roles.MODERATOR);
    }

    long post(String body) {
        return reader().body(Map.of("authorName", "Lectrice", "body", body))
                .post("/api/articles/{slug}/comments", article.getSlug())
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    int commentCount() {
        return anonymous()
                .get("/api/articles/{slug}", article.getSlug())
                .then()
                .extract()
                .path("commentCount");
    }

    @Nested
    class Queue {

        @Test
        void listsByStatusAndArticleOldestFirstWithACursor() {
            long a = post("Un");
            long b = post("Deux");
            long c = post("Trois");
            as(moderator).post("/api/admin/comments/{id}/approve", c).then().statusCode(200);

            String cursor = as(moderator)
                    .queryParam("status", "PENDING")
                    .queryParam("article", article.getId())
                    .queryParam("limit", 1)
                    .get("/api/admin/comments")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", equalTo("no-store"))
                    .body("items.id", contains((int) a))
                    .body("items[0].article.slug", equalTo(article.getSlug()))
                    .extract()
                    .path("nextCursor");
            as(moderator)
                    .queryParam("status", "PENDING")
                    .queryParam("article", article.getId())
                    .queryParam("cursor", cursor)
                    .get("/api/admin/comments")
                    .then()
                    .body("items.id", contains((int) b))
                    .body("items.status", everyItem(equalTo("PENDING")));
            as(moderator)
                    .queryParam("status", "ENVOLE")
                    .get("/api/admin/comments")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("status"));
            as(moderator)
                    .queryParam("article", "pas-un-id")
                    .get("/api/admin/comments")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("article"));
        }
    }

    @Nested
    class Decisions {

        @Test
        void approvalAndRejectionMoveTheCountAndKeepWhoAndWhen() {
            long id = post("À modérer");
            as(moderator)
                    .post("/api/admin/comments/{id}/approve", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("moderatedBy", equalTo(moderator))
                    .body("moderatedAt", notNullValue());
            org.junit.jupiter.api.Assertions.assertEquals(1, commentCount());

            as(moderator).post("/api/admin/comments/{id}/reject", id).then().body("status", equalTo("REJECTED"));
            org.junit.jupiter.api.Assertions.assertEquals(0, commentCount());
            anonymous()
                    .get("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .body("items", empty());

            as(moderator).post("/api/admin/comments/{id}/spam", id).then().body("status", equalTo("SPAM"));
            as(moderator)
                    .post("/api/admin/comments/{id}/approve", 999_999_999)
                    .then()
                    .statusCode(404);
        }

        @Test
        void deletingAThreadRemovesItsRepliesAndNeedsIfMatch() {
            long top = post("Sujet");
            as(moderator).post("/api/admin/comments/{id}/approve", top).then().statusCode(200);
            long reply = reader().body(Map.of("authorName", "B", "body", "Réponse", "parentId", top))
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .extract()
                    .jsonPath()
                    .getLong("id");
            as(moderator).post("/api/admin/comments/{id}/approve", reply).then().statusCode(200);
            org.junit.jupiter.api.Assertions.assertEquals(2, commentCount());

            as(moderator).delete("/api/admin/comments/{id}", top).then().statusCode(428);
            long version = as(moderator)
                    .get("/api/admin/comments/{id}", top)
                    .then()
                    .extract()
                    .jsonPath()
                    .getLong("version");
            as(moderator)
                    .header("If-Match", etag(version))
                    .delete("/api/admin/comments/{id}", top)
                    .then()
                    .statusCode(204);
            as(moderator).get("/api/admin/comments/{id}", reply).then().statusCode(404);
            org.junit.jupiter.api.Assertions.assertEquals(0, commentCount());
        }

        @Test
        void bulkActionsAreAllOrNothing() {
            long a = post("Lot un");
            long b = post("Lot deux");
            as(moderator)
                    .body(Map.of("action", "APPROVE", "ids", List.of(a, b, 999_999_999L)))
                    .post("/api/admin/comments/bulk")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("ids"));
            org.junit.jupiter.api.Assertions.assertEquals(0, commentCount());

            as(moderator)
                    .body(Map.of("action", "APPROVE", "ids", List.of(a, b)))
                    .post("/api/admin/comments/bulk")
                    .then()
                    .statusCode(200)
                    .body("count", equalTo(2));
            org.junit.jupiter.api.Assertions.assertEquals(2, commentCount());
            as(moderator)
                    .body(Map.of("action", "DELETE", "ids", List.of(a)))
                    .post("/api/admin/comments/bulk")
                    .then()
                    .statusCode(200);
            org.junit.jupiter.api.Assertions.assertEquals(1, commentCount());
            as(moderator)
                    .body(Map.of("action", "BANNIR", "ids", List.of(b)))
                    .post("/api/admin/comments/bulk")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("action"));
        }
    }

    @Nested
    class Roles_ {

        @ParameterizedTest
        @ValueSource(strings = {Roles.MODERATOR, Roles.EDITOR, Roles.ADMIN})
        void moderatorsEditorsAndAdminsModerate(String role) {
            long id = post("Pour " + role);
            as(data.user(role))
                    .post("/api/admin/comments/{id}/approve", id)
                    .then()
                    .statusCode(200);
            as(data.user(role)).get("/api/admin/comments").then().statusCode(200);
        }

        @Test
        void othersCannot() {
            long id = post("Interdit");
            anonymous().post("/api/admin/comments/{id}/approve", id).then().statusCode(401);
            as(data.user()).post("/api/admin/comments/{id}/approve", id).then().statusCode(403);
            anonymous()
                    .post("/api/admin/articles/{id}/comments/close", article.getId())
                    .then()
                    .statusCode(401);
        }

        @Test
        void aModeratorDoesNotEditArticles() {
            as(moderator).get("/api/admin/articles").then().statusCode(403);
            asAdmin().get("/api/admin/comments").then().statusCode(200);
        }
    }
}
