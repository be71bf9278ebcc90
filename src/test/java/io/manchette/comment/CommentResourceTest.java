package io.manchette.comment;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.reader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentResourceTest {

    @Inject
    TestData data;

    Article article;
    String moderator;

    @BeforeEach
    void setUp() {
        article = data.published(data.section("Monde"), "Un article à commenter");
        moderator = data.user(Roles.MODERATOR);
    }

    static Map<String, Object> comment(String author, String body) {
        return new HashMap<>(Map.of("authorName", author, "body", body));
    }

    long post(Map<String, Object> comment) {
        return reader().body(comment)
                .post("/api/articles/{slug}/comments", article.getSlug())
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    void approve(long id) {
        as(moderator).post("/api/admin/comments/{id}/approve", id).then().statusCode(200);
    }

    @Nested
    class PostAndRead {

        @Test
        void aPendingCommentIsInvisibleUntilApprovedThenShowsWithItsReplyNested() {
            var first = comment("Jeanne", "Merci pour ce reportage.");
            first.put("authorEmail", "jeanne@example.org");
            long id = post(first);

            anonymous()
                    .get("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(200)
                    .body("items", empty());
            anonymous().get("/api/articles/{slug}", article.getSlug()).then().body("commentCount", equalTo(0));

            approve(id);
            var reply = comment("Paul", "Je suis d’accord.");
            reply.put("parentId", id);
            long replyId = post(reply);
            approve(replyId);

            anonymous()
                    .get("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(200)
                    .body("items.id", contains((int) id))
                    .body("items[0].authorName", equalTo("Jeanne"))
                    .body("items[0].body", equalTo("Merci pour ce reportage."))
                    .body("items[0].postedAt", notNullValue())
                    .body("items[0].replies.id", contains((int) replyId))
                    .body("items[0].replies[0].authorName", equalTo("Paul"))
                    .body(not(containsString("jeanne@example.org")))
                    .body(not(containsString("authorEmail")));
            anonymous().get("/api/articles/{slug}", article.getSlug()).then().body("commentCount", equalTo(2));
            anonymous()
                    .queryParam("section", article.getSection().getPath())
                    .get("/api/articles")
                    .then()
                    .body("items[0].commentCount", equalTo(2));
        }

        @Test
        void listsThreadsOldestFirstWithACursor() {
            long a = post(comment("A", "Premier."));
            long b = post(comment("B", "Deuxième."));
            long c = post(comment("C", "Troisième."));
            as(moderator)
                    .body(Map.of("action", "APPROVE", "ids", java.util.List.of(a, b, c)))
                    .post("/api/admin/comments/bulk")
                    .then()
                    .statusCode(200)
                    .body("count", equalTo(3));

            String cursor = anonymous()
                    .queryParam("limit", 2)
                    .get("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .body("items.id", contains((int) a, (int) b))
                    .extract()
                    .path("nextCursor");
            anonymous()
                    .queryParam("limit", 2)
                    .queryParam("cursor", cursor)
                    .get("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .body("items.id", contains((int) c))
                    .body("nextCursor", equalTo(null));
        }

        @Test
        void keepsMarkupAsInertText() {
            long id = post(comment("Robert", "<script>alert('x')</script> <b>gras</b>"));
            approve(id);
            anonymous()
                    .get("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .body("items[0].body", equalTo("<script>alert('x')</script> <b>gras</b>"));
        }
    }

    @Nested
    class Refusals {

        @Test
        void namesInvalidFields() {
            var bad = comment("", "x".repeat(5001));
            bad.put("authorEmail", "pas-un-email");
            reader().body(bad)
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", containsInAnyOrder("authorEmail", "authorName", "body"));
            reader().body(comment("x".repeat(81), "Trop long"))
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("authorName"));
        }

        @Test
        void repliesOnlyToAnApprovedCommentOfTheSameArticle() {
            long pending = post(comment("Anne", "En attente."));
            var reply = comment("Luc", "Réponse.");
            reply.put("parentId", pending);
            reader().body(reply)
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("parentId"));

            Article other = data.published(data.section("Culture"), "Un autre article");
            long elsewhere = reader().body(comment("Eve", "Ailleurs."))
                    .post("/api/articles/{slug}/comments", other.getSlug())
                    .then()
                    .extract()
                    .jsonPath()
                    .getLong("id");
            approve(elsewhere);
            reply.put("parentId", elsewhere);
            reader().body(reply)
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("parentId"));
        }

        @Test
        void answers404ForUnknownOrUnpublishedArticles() {
            Article draft = data.draft(data.section("Monde"), "Brouillon sans commentaires");
            reader().body(comment("A", "B"))
                    .post("/api/articles/{slug}/comments", draft.getSlug())
                    .then()
                    .statusCode(404);
            anonymous()
                    .get("/api/articles/{slug}/comments", draft.getSlug())
                    .then()
                    .statusCode(404);
            reader().body(comment("A", "B"))
                    .post("/api/articles/n-existe-pas/comments")
                    .then()
                    .statusCode(404);
        }

        @Test
        void refusesCommentsWhenClosedWith409() {
            as(moderator)
                    .post("/api/admin/articles/{id}/comments/close", article.getId())
                    .then()
                    .statusCode(200)
                    .body("commentsOpen", equalTo(false));
            anonymous().get("/api/articles/{slug}", article.getSlug()).then().body("commentsOpen", equalTo(false));
            reader().body(comment("A", "Fermé ?"))
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(409)
                    .body("type", endsWith("/problems/conflict"));
            as(moderator)
                    .post("/api/admin/articles/{id}/comments/open", article.getId())
                    .then()
                    .statusCode(200);
            post(comment("A", "Rouvert."));
        }
    }

    @Nested
    class SpamAndFlood {

        @Test
        void holdsHoneypotAndLinkHeavyCommentsAsSpam() {
            var robot = comment("Robot", "Bonjour");
            robot.put("website", "http://spam.example");
            long honeypot = post(robot);
            long links = post(comment("Vendeur", "http://a.example http://b.example http://c.example"));

            as(moderator)
                    .get("/api/admin/comments/{id}", honeypot)
                    .then()
                    .body("status", equalTo("SPAM"))
                    .body("spamReason", containsString("honeypot"));
            as(moderator).get("/api/admin/comments/{id}", links).then().body("status", equalTo("SPAM"));
        }

        @Test
        void refusesABurstFromOneClientWith429WhileAnotherClientStillPosts() {
            var client = anonymous().header("X-Forwarded-For", "10.200.0.1");
            for (int i = 0; i < 3; i++) {
                anonymous()
                        .header("X-Forwarded-For", "10.200.0.1")
                        .body(comment("Flot", "Message " + i))
                        .post("/api/articles/{slug}/comments", article.getSlug())
                        .then()
                        .statusCode(202);
            }
            client.body(comment("Flot", "Un de trop"))
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", endsWith("/problems/too-many-requests"));
            anonymous()
                    .header("X-Forwarded-For", "10.200.0.2")
                    .body(comment("Autre", "Je passe"))
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(202);
        }
    }
}
