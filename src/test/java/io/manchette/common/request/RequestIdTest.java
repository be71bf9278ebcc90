package io.manchette.common.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.manchette.delivery.ChangeListener;
import io.manchette.support.Api;
import io.manchette.support.Eventually;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every answer carries {@code X-Request-Id}: the caller's when it is sensible, a new one otherwise. */
@QuarkusTest
class RequestIdTest {

    static final String GENERATED = "[0-9a-z]{1,8}-[0-9a-z]+";

    @Inject
    TestData data;

    @Inject
    ChangeListener listener;

    /** Answers are fresh, hence hits, only once the listener hears changes (it connects at start). */
    @BeforeEach
    void listenerConnected() {
        Eventually.until("the change listener is connected", listener::isConnected);
    }

    @Test
    void cacheHitsMissesProblemsAndManagementCarryOne() {
        var article = data.published(data.section("Identifiants"), "Suivi de bout en bout");
        String path = "/api/articles/" + article.getSlug();
        given().get(path)
                .then()
                .statusCode(200)
                .header("Cache-Status", startsWith("Manchette; fwd=miss"))
                .header(RequestIds.HEADER, matchesPattern(GENERATED));
        Api.warmCache(path);
        given().get(path)
                .then()
                .statusCode(200)
                .header("Cache-Status", "Manchette; hit")
                .header(RequestIds.HEADER, matchesPattern(GENERATED));
        given().get("/api/articles/" + TestData.unique("absent"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header(RequestIds.HEADER, matchesPattern(GENERATED));
        given().get("/api/articles?inconnu=1")
                .then()
                .statusCode(400)
                .header(RequestIds.HEADER, matchesPattern(GENERATED));
        Api.asAdmin().get("/api/admin/me").then().statusCode(200).header(RequestIds.HEADER, matchesPattern(GENERATED));
        given().get("/api/admin/me").then().statusCode(401).header(RequestIds.HEADER, matchesPattern(GENERATED));
    }

    @Test
    void eachRequestGetsItsOwn() {
        String first = given().get("/api/sections").header(RequestIds.HEADER);
        String second = given().get("/api/sections").header(RequestIds.HEADER);
        assertNotEquals(first, second);
    }

    @Test
    void reusesAValidIncomingId() {
        var article = data.published(data.section("Identifiants"), "Repris du mandataire");
        String path = "/api/articles/" + article.getSlug();
        Api.warmCache(path);
        String id = "3f0c2a6d-9e8b-4f51-a7c2-d1e0b9a8f7c6";
        given().header(RequestIds.HEADER, id)
                .get(path)
                .then()
                .header("Cache-Status", "Manchette; hit")
                .header(RequestIds.HEADER, equalTo(id));
        Api.asAdmin()
                .header(RequestIds.HEADER, "lb:Root=1-67891233-abcdef012345678912345678")
                .get("/api/admin/me")
                .then()
                .header(RequestIds.HEADER, equalTo("lb:Root=1-67891233-abcdef012345678912345678"));
    }

    @Test
    void replacesAnInvalidIncomingId() {
        for (String invalid : new String[] {"un id avec des espaces", "x".repeat(65), "<script>", "é"}) {
            given().header(RequestIds.HEADER, invalid)
                    .get("/api/sections")
                    .then()
                    .header(RequestIds.HEADER, not(equalTo(invalid)))
                    .header(RequestIds.HEADER, matchesPattern(GENERATED));
        }
    }
}
