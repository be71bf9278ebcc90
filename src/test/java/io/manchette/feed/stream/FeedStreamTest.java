package io.manchette.feed.stream;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.SseClient;
import io.manchette.support.SseClient.Event;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/feed/stream} over HTTP, read raw by {@link SseClient}: what enters, changes in
 * and leaves the fil info, in order, never a draft; resuming with Last-Event-ID; resets; heartbeats
 * ({@code PT0.3S} in tests) and refused input. The test profile caps a catch-up at three items.
 */
@QuarkusTest
class FeedStreamTest {

    @Inject
    TestData data;

    @Inject
    AgroalDataSource database;

    String editor;
    String section;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
        section = data.section("Direct");
    }

    static String url(String query) {
        return "http://localhost:" + RestAssured.port + "/api/feed/stream" + query;
    }

    Article draft(String title) {
        return data.draft(section, title);
    }

    void publish(Article article) {
        as(editor)
                .post("/api/admin/articles/{id}/publish", article.getId())
                .then()
                .statusCode(200);
    }

    void unpublish(Article article) {
        as(editor)
                .post("/api/admin/articles/{id}/unpublish", article.getId())
                .then()
                .statusCode(200);
    }

    void retitle(Article article, String title) {
        String version = as(editor)
                .get("/api/admin/articles/{id}", article.getId())
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        as(editor)
                .header("If-Match", version)
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("title", title))
                .patch("/api/admin/articles/{id}", article.getId())
                .then()
                .statusCode(200);
    }

    Article published(String title) {
        Article article = draft(title);
        publish(article);
        return article;
    }

    static boolean is(Event event, String type, Article article) {
        return event.type().equals(type) && event.data().contains("\"slug\":\"" + article.getSlug() + "\"");
    }

    static long count(SseClient client, String type, Article article) {
        return client.events().stream().filter(e -> is(e, type, article)).count();
    }

    @Nested
    class Live {

        @Test
        void answersAnEventStreamThatNeverEndsOrIsCached() {
            try (var client = SseClient.open(url("?scope=all"))) {
                assertEquals(200, client.status());
                assertEquals(
                        List.of("text/event-stream; charset=utf-8"),
                        client.headers().get("content-type"));
                assertEquals(List.of("no-store"), client.headers().get("cache-control"));
                client.awaitPosition();
            }
        }

        @Test
        void anArticleEntersChangesAndLeavesInOrder() {
            try (var client = SseClient.open(url(""))) {
                client.awaitPosition();
                Article article = published("Le barrage cède");
                Event entered = client.await("the published article", e -> is(e, "item", article));
                assertTrue(entered.data().contains("\"title\":\"Le barrage cède\""), entered.data());
                assertTrue(entered.data().contains("\"path\":\"" + section + "\""), entered.data());

                retitle(article, "Le barrage a cédé dans la nuit");
                client.await(
                        "the edited article",
                        e -> is(e, "item", article) && e.data().contains("a cédé"));

                unpublish(article);
                Event removed = client.await("the unpublished article", e -> is(e, "removed", article));
                assertEquals("{\"slug\":\"" + article.getSlug() + "\"}", removed.data());

                List<Event> mine = client.events().stream()
                        .filter(e -> e.data().contains(article.getSlug()))
                        .toList();
                assertEquals(
                        List.of("item", "item", "removed"),
                        mine.stream().map(Event::type).toList());
                assertTrue(mine.stream().allMatch(e -> !e.id().isEmpty()), mine.toString());
            }
        }

        @Test
        void theItemIsTheOneTheFilInfoShows() {
            try (var client = SseClient.open(url(""))) {
                client.awaitPosition();
                Article article = published("Même forme que le fil");
                Event item = client.await("the item", e -> is(e, "item", article));
                String listed = anonymous()
                        .get("/api/feed")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .prettify();
                var fromFeed = anonymous()
                        .get("/api/feed")
                        .jsonPath()
                        .getMap("items.find { it.slug == '" + article.getSlug() + "' }");
                var fromStream =
                        io.restassured.path.json.JsonPath.from(item.data()).getMap("");
                assertEquals(fromFeed, fromStream, listed);
            }
        }

        @Test
        void aDraftNeverAppears() {
            try (var client = SseClient.open(url(""))) {
                client.awaitPosition();
                Article secret = draft("Brouillon sous embargo");
                retitle(secret, "Brouillon sous embargo, revu");
                Article marker = published("Après le brouillon");
                client.await("the article published after the draft", e -> is(e, "item", marker));
                assertFalse(
                        client.events().stream()
                                .anyMatch(e -> e.data().contains(secret.getSlug())
                                        || e.data().contains("embargo")),
                        client.events().toString());
            }
        }

        @Test
        void aChangeReadersOfTheFilInfoCannotSeeSendsNothing() {
            try (var client = SseClient.open(url(""))) {
                client.awaitPosition();
                Article article = published("Le commentaire ne change rien");
                client.await("the item", e -> is(e, "item", article));
                // The lead is not in the fil info's item.
                String version = as(editor)
                        .get("/api/admin/articles/{id}", article.getId())
                        .then()
                        .extract()
                        .header("ETag");
                as(editor)
                        .header("If-Match", version)
                        .contentType("application/merge-patch+json; charset=UTF-8")
                        .body(Map.of("lead", "Un autre chapeau."))
                        .patch("/api/admin/articles/{id}", article.getId())
                        .then()
                        .statusCode(200);
                Article marker = published("Après le chapeau");
                client.await("the marker", e -> is(e, "item", marker));
                assertEquals(1, count(client, "item", article), client.events().toString());
            }
        }

        @Test
        void aNewSlugRemovesTheOldOne() {
            try (var client = SseClient.open(url(""))) {
                client.awaitPosition();
                Article article = published("Ancien titre, ancienne adresse");
                client.await("the item", e -> is(e, "item", article));
                String slug = TestData.unique("nouvelle-adresse");
                String version = as(editor)
                        .get("/api/admin/articles/{id}", article.getId())
                        .then()
                        .extract()
                        .header("ETag");
                as(editor)
                        .header("If-Match", version)
                        .contentType("application/merge-patch+json; charset=UTF-8")
                        .body(Map.of("slug", slug))
                        .patch("/api/admin/articles/{id}", article.getId())
                        .then()
                        .statusCode(200);
                Event item = client.await(
                        "the item at its new slug",
                        e -> e.type().equals("item") && e.data().contains("\"slug\":\"" + slug + "\""));
                int removed =
                        client.events().indexOf(client.await("the old slug removed", e -> is(e, "removed", article)));
                assertTrue(
                        removed < client.events().indexOf(item), client.events().toString());
            }
        }

        @Test
        void aRenamedSectionChangesItsItems() {
            var created = as(editor)
                    .body(Map.of("name", "Rubrique à renommer", "slug", TestData.unique("a-renommer")))
                    .post("/api/admin/sections")
                    .then()
                    .statusCode(201)
                    .extract();
            long id = created.jsonPath().getLong("id");
            String path = created.jsonPath().getString("path");
            try (var client = SseClient.open(url(""))) {
                client.awaitPosition();
                Article article = data.draft(path, "Dans une rubrique renommée");
                publish(article);
                client.await("the item", e -> is(e, "item", article));
                as(editor)
                        .header("If-Match", created.header("ETag"))
                        .body(Map.of("name", "Rubrique renommée", "slug", path, "position", 0))
                        .put("/api/admin/sections/{id}", id)
                        .then()
                        .statusCode(200);
                client.await(
                        "the item with its section's new name",
                        e -> is(e, "item", article) && e.data().contains("\"name\":\"Rubrique renommée\""));
            }
        }

        @Test
        void theFrontScopeFollowsTheFrontPage() {
            try (var front = SseClient.open(url("?scope=front"))) {
                front.awaitPosition();
                Article chosen = published("À la une ce matin");
                Article marker = published("Pas à la une");
                selectFrontPage(List.of(chosen.getSlug()));
                front.await("the article put on the front page", e -> is(e, "item", chosen));

                selectFrontPage(List.of());
                front.await("the article taken off the front page", e -> is(e, "removed", chosen));
                assertEquals(0, count(front, "item", marker), front.events().toString());
            }
        }

        void selectFrontPage(List<String> slugs) {
            long version = asAdmin().get("/api/admin/front-page").jsonPath().getLong("version");
            as(editor)
                    .header("If-Match", etag(version))
                    .body(Map.of("slugs", slugs))
                    .put("/api/admin/front-page")
                    .then()
                    .statusCode(200);
        }

        @Test
        void heartbeatsKeepAnIdleStreamAlive() {
            try (var client = SseClient.open(url(""))) {
                io.manchette.support.Eventually.until(
                        "a heartbeat", () -> client.comments().contains("heartbeat"));
            }
        }
    }

    @Nested
    class Resume {

        @Test
        void aClientComingBackGetsWhatItMissedOnce() {
            String position;
            Article seen = published("Vu avant la coupure");
            try (var client = SseClient.open(url(""))) {
                client.awaitPosition();
                Article again = published("Vu juste avant la coupure");
                client.await("the article seen", e -> is(e, "item", again));
                position = client.lastEventId();
            }
            Article missed = published("Publié pendant la coupure");
            retitle(seen, "Vu avant la coupure, puis corrigé");
            try (var client = SseClient.open(url(""), position)) {
                client.await("the article missed", e -> is(e, "item", missed));
                client.await(
                        "the edit missed", e -> is(e, "item", seen) && e.data().contains("corrigé"));
                Article after = published("Publié après le retour");
                client.await("a live article after the catch-up", e -> is(e, "item", after));
                assertEquals(1, count(client, "item", missed), client.events().toString());
                assertEquals(1, count(client, "item", seen), client.events().toString());
                assertFalse(client.events().stream().anyMatch(e -> e.type().equals("reset")));
                List<String> order = client.events().stream()
                        .map(Event::data)
                        .filter(d -> d.contains(missed.getSlug()) || d.contains(seen.getSlug()))
                        .map(d -> d.contains(missed.getSlug()) ? "missed" : "seen")
                        .toList();
                assertEquals(List.of("missed", "seen"), order, "in the order of the changes");
            }
        }

        @Test
        void anArticleUnpublishedMeanwhileIsRemoved() {
            String position;
            Article article = published("Retiré pendant la coupure");
            try (var client = SseClient.open(url(""))) {
                client.awaitPosition();
                Article marker = published("Repère avant le retrait");
                client.await("the marker", e -> is(e, "item", marker));
                position = client.lastEventId();
            }
            unpublish(article);
            try (var client = SseClient.open(url(""), position)) {
                client.await("the removal missed", e -> is(e, "removed", article));
            }
        }

        @Test
        void tooManyMissedItemsIsAReset() {
            String position;
            try (var client = SseClient.open(url(""))) {
                position = client.awaitPosition();
            }
            for (int i = 0; i < 4; i++) { // the test profile replays three at most
                published("Rafale " + i);
            }
            try (var client = SseClient.open(url(""), position)) {
                Event reset = client.await("a reset", e -> e.type().equals("reset"));
                assertEquals("{\"reason\":\"too-many\"}", reset.data());
                Article after = published("Après la remise à zéro");
                client.await("live events after the reset", e -> is(e, "item", after));
                assertEquals(
                        0,
                        client.events().stream()
                                .filter(e -> e.data().contains("Rafale"))
                                .count());
            }
        }

        @Test
        void aPositionOlderThanTheWindowIsAReset() throws Exception {
            String position;
            try (var client = SseClient.open(url(""))) {
                client.awaitPosition();
                Article marker = published("Il y a longtemps");
                client.await("the marker", e -> is(e, "item", marker));
                position = client.lastEventId();
            }
            try (var connection = database.getConnection();
                    var statement = connection.prepareStatement(
                            "update change_events set occurred_at = occurred_at - interval '1 hour' where id = ?")) {
                statement.setLong(1, Long.parseLong(position.split(":")[0]));
                assertEquals(1, statement.executeUpdate());
            }
            try (var client = SseClient.open(url(""), position)) {
                Event reset = client.await("a reset", e -> e.type().equals("reset"));
                assertEquals("{\"reason\":\"too-old\"}", reset.data());
            }
        }

        @Test
        void anIdThisServerNeverWroteIsAReset() {
            for (String id : List.of("n'importe quoi", "12:13", "999999999999")) {
                try (var client = SseClient.open(url(""), id)) {
                    assertEquals(200, client.status());
                    Event reset =
                            client.await("a reset for " + id, e -> e.type().equals("reset"));
                    assertTrue(reset.data().contains("reason"), reset.data());
                    assertFalse(client.lastEventId().equals(id));
                }
            }
        }
    }

    @Nested
    class RefusedInput {

        @Test
        void anUnknownScopeIsAProblem() {
            anonymous()
                    .accept("text/event-stream")
                    .queryParam("scope", "sport")
                    .get("/api/feed/stream")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("violations.field", hasItem("scope"));
        }

        @Test
        void anotherParameterOrATwiceGivenScopeIsAProblem() {
            anonymous()
                    .queryParam("limit", "5")
                    .get("/api/feed/stream")
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("limit"));
            anonymous()
                    .get("/api/feed/stream?scope=all&scope=front")
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("scope"));
        }

        @Test
        void aClientThatTakesOnlyJsonIsTold() {
            anonymous()
                    .accept("application/json")
                    .get("/api/feed/stream")
                    .then()
                    .statusCode(406)
                    .contentType("application/problem+json")
                    .body("type", startsWith("https://manchette.io/problems/not-acceptable"));
        }
    }
}
