package io.manchette.placement;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.security.Roles;
import io.manchette.support.ChangesHeard;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacementResourceTest {

    static final String HIT = "Manchette; hit";

    @Inject
    TestData data;

    String editor;
    String slot;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
        slot = TestData.unique("article-footer");
    }

    Map<String, Object> placement(String title, Instant start, Instant end, int priority) {
        var p = new HashMap<String, Object>();
        p.put("slot", slot);
        p.put("title", title);
        p.put("text", "Découvrez tous les changements");
        p.put("cta", Map.of("label", "Découvrir", "url", "https://www.example.be/nouveautes"));
        p.put("startsAt", start.toString());
        p.put("endsAt", end.toString());
        p.put("priority", priority);
        return p;
    }

    JsonPath create(Map<String, Object> placement) {
        return as(editor)
                .body(placement)
                .post("/api/admin/placements")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static io.restassured.response.ExtractableResponse<io.restassured.response.Response> read(String path) {
        return given().get(path).then().statusCode(200).extract();
    }

    @Nested
    class GetPlacements {

        @Test
        void showsAPromotionFromItsStartAndDropsItAtItsEndWithoutAnEdit() {
            Instant start = TestClock.now().plus(Duration.ofHours(1));
            Instant end = start.plus(Duration.ofHours(1));
            create(placement("Allez au-delà de l'actualité", start, end, 0));
            String path = "/api/placements/" + slot;
            ChangesHeard.await();

            var before = read(path);
            assertEquals(List.of(), before.jsonPath().getList("items"));
            assertEquals(start, Instant.parse(before.jsonPath().getString("nextChangeAt")));
            assertEquals(HIT, read(path).header("Cache-Status"), "cached until the start");

            TestClock.advance(Duration.ofMinutes(61));
            var live = read(path);
            assertThat(live.header("Cache-Status"), startsWith("Manchette; fwd="));
            assertEquals(
                    List.of("Allez au-delà de l'actualité"), live.jsonPath().getList("items.title"));
            assertEquals("Découvrir", live.jsonPath().getString("items[0].cta.label"));
            assertEquals(end, Instant.parse(live.jsonPath().getString("nextChangeAt")));
            assertEquals(HIT, read(path).header("Cache-Status"), "cached until the end");

            TestClock.advance(Duration.ofMinutes(60));
            var after = read(path);
            assertThat(after.header("Cache-Status"), startsWith("Manchette; fwd="));
            assertEquals(List.of(), after.jsonPath().getList("items"));
            assertEquals(null, after.jsonPath().getString("nextChangeAt"));
        }

        @Test
        void ordersByPriorityAndAnEditDropsTheCachedAnswer() {
            Instant start = TestClock.now().minus(Duration.ofMinutes(1));
            Instant end = TestClock.now().plus(Duration.ofDays(30));
            create(placement("Secondaire", start, end, 0));
            var first = create(placement("Prioritaire", start, end, 10));
            String path = "/api/placements/" + slot;
            ChangesHeard.await();
            anonymous().get(path).then().statusCode(200).body("items.title", contains("Prioritaire", "Secondaire"));
            assertEquals(HIT, read(path).header("Cache-Status"));

            var changed = placement("Prioritaire, retouchée", start, end, 10);
            as(editor)
                    .header("If-Match", etag(first.getLong("version")))
                    .body(changed)
                    .put("/api/admin/placements/{id}", first.getLong("id"))
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo(etag(first.getLong("version") + 1)));
            var after = read(path);
            assertThat(after.header("Cache-Status"), startsWith("Manchette; fwd="));
            assertEquals("Prioritaire, retouchée", after.jsonPath().getString("items[0].title"));
        }

        @Test
        void aSlotWithoutAnyPlacementIs404AndUnknownParametersAre400() {
            anonymous()
                    .get("/api/placements/{slot}", TestData.unique("vide"))
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            create(placement("Là", TestClock.now(), TestClock.now().plus(Duration.ofDays(1)), 0));
            anonymous()
                    .queryParam("x", "1")
                    .get("/api/placements/{slot}", slot)
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("x"));
        }
    }

    @Nested
    class Management {

        @Test
        void refusesAPeriodThatEndsBeforeItStartsAndABadUrlNamingTheFields() {
            Instant now = TestClock.now();
            as(editor)
                    .body(placement("À l'envers", now, now.minus(Duration.ofHours(1)), 0))
                    .post("/api/admin/placements")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("endsAt"));
            var bad = placement("Mauvais lien", now, now.plus(Duration.ofHours(1)), 0);
            bad.put("cta", Map.of("label", "Découvrir", "url", "javascript:alert(1)"));
            bad.put("image", Map.of("url", "https://img.example.be/p.jpg"));
            as(editor)
                    .body(bad)
                    .post("/api/admin/placements")
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("cta.url"))
                    .body("violations.field", hasItem("image.alt"));
        }

        @Test
        void changesNeedIfMatchAndTheCurrentVersion() {
            Instant now = TestClock.now();
            var created = create(placement("Versionnée", now, now.plus(Duration.ofHours(1)), 0));
            long id = created.getLong("id");
            as(editor)
                    .body(placement("Sans If-Match", now, now.plus(Duration.ofHours(1)), 0))
                    .put("/api/admin/placements/{id}", id)
                    .then()
                    .statusCode(428);
            as(editor)
                    .header("If-Match", etag(41))
                    .delete("/api/admin/placements/{id}", id)
                    .then()
                    .statusCode(412)
                    .body("currentVersion", equalTo(0));
            as(editor)
                    .get("/api/admin/placements/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo(etag(0)));
            as(editor)
                    .queryParam("slot", slot)
                    .get("/api/admin/placements")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains((int) id));
            as(editor)
                    .header("If-Match", etag(0))
                    .delete("/api/admin/placements/{id}", id)
                    .then()
                    .statusCode(204);
        }

        @Test
        void onlyEditorsAndAdministratorsWrite() {
            Instant now = TestClock.now();
            var body = placement("Interdite", now, now.plus(Duration.ofHours(1)), 0);
            anonymous().body(body).post("/api/admin/placements").then().statusCode(401);
            as(data.user(Roles.AUTHOR))
                    .body(body)
                    .post("/api/admin/placements")
                    .then()
                    .statusCode(403);
        }
    }
}
