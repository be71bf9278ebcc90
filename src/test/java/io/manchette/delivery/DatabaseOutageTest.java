package io.manchette.delivery;

import static io.manchette.support.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.support.Api;
import io.manchette.support.Eventually;
import io.manchette.support.TcpProxy;
import io.manchette.support.TestData;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL cut off and given back, through a TCP proxy between the application and the
 * database: cached public answers keep being served, stale and saying so; what cannot be
 * answered is a 503 with Retry-After, writes too; and everything recovers by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindAProxy.class)
class DatabaseOutageTest {

    /** This class's application reaches its own database through {@link DatabaseProxy}. */
    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxy.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "manchette.delivery.listener-heartbeat", "PT0.2S",
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT2S");
        }
    }

    /** Starts the proxy before the application, and points the application at it. */
    public static class DatabaseProxy implements QuarkusTestResourceLifecycleManager {
        static TcpProxy proxy;

        @Override
        public Map<String, String> start() {
            try {
                proxy = TcpProxy.to(5432);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://localhost:" + proxy.port() + "/manchette_outage_test");
        }

        @Override
        public void stop() {
            try {
                proxy.close();
            } catch (java.io.IOException ignored) {
                // the test is over
            }
        }
    }

    @Inject
    TestData data;

    @Inject
    ChangeListener listener;

    @AfterEach
    void giveTheDatabaseBack() throws Exception {
        DatabaseProxy.proxy.restore();
        Eventually.until("the change listener is connected again", listener::isConnected);
    }

    static ExtractableResponse<Response> read(String path) {
        return given().get(path).then().extract();
    }

    @Test
    void cachedAnswersAreServedStaleAndTheRestIsA503UntilTheDatabaseIsBack() throws Exception {
        String section = data.section("Panne");
        Article cached = data.published(section, "Lu avant la panne");
        Article uncached = data.published(section, "Jamais lu avant la panne");
        String path = "/api/articles/" + cached.getSlug();
        Api.warmCache(path);
        var before = read(path);
        assertEquals("Manchette; hit", before.header("Cache-Status"));

        DatabaseProxy.proxy.cut();
        Eventually.until("the change listener sees the outage", () -> !listener.isConnected());

        var stale = read(path);
        assertEquals(200, stale.statusCode());
        assertEquals("Manchette; fwd=stale; fwd-status=503", stale.header("Cache-Status"));
        assertEquals(before.header("ETag"), stale.header("ETag"));
        assertEquals("Lu avant la panne", stale.path("title"));
        org.hamcrest.MatcherAssert.assertThat(
                stale.header("Cache-Control"), org.hamcrest.Matchers.containsString("stale-if-error="));

        given().get("/api/articles/{slug}", uncached.getSlug())
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://manchette.io/problems/service-unavailable"));
        asAdmin()
                .body(Map.of("name", "Pendant la panne"))
                .post("/api/admin/sections")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5");

        DatabaseProxy.proxy.restore();
        Eventually.until(
                "the article never read is served again",
                () -> read("/api/articles/" + uncached.getSlug()).statusCode() == 200);
        Eventually.until(
                "the article read before is cached again",
                () -> "Manchette; hit".equals(read(path).header("Cache-Status")));
        Eventually.until(
                "writes succeed again",
                () -> asAdmin()
                                .body(Map.of("name", TestData.unique("Après la panne")))
                                .post("/api/admin/sections")
                                .statusCode()
                        == 201);
    }
}
