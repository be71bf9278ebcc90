package io.manchette.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.delivery.ChangeListener;
import io.manchette.support.Api;
import io.manchette.support.Eventually;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /q/metrics} after known requests: route templates, never raw paths, and the cache's counts. */
@QuarkusTest
class MetricsTest {

    @Inject
    TestData data;

    @Inject
    ChangeListener listener;

    /** Answers are fresh, hence hits, only once the listener hears changes (it connects at start). */
    @BeforeEach
    void listenerConnected() {
        Eventually.until("the change listener is connected", listener::isConnected);
    }

    static String scrape() {
        // The Prometheus text format (without Accept: text/plain, OpenMetrics).
        return given().accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .extract()
                .asString()
                .replace(",}", "}"); // the text format's trailing comma in label sets
    }

    /** The value of one series, e.g. {@code manchette_cache_hits_total}; fails when it is missing. */
    static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+|NaN)$")
                .matcher(metrics);
        if (!m.find()) {
            String name = series.replaceAll("[{ ].*", "");
            throw new AssertionError(series + " is not in /q/metrics; its series: "
                    + metrics.lines().filter(l -> l.startsWith(name)).toList());
        }
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aCacheHitCountsAsAHitUnderItsRouteTemplate() {
        var article = data.published(data.section("Mesures"), "Compté une fois");
        String path = "/api/articles/" + article.getSlug();
        Api.warmCache(path);
        double hits = value(scrape(), "manchette_cache_hits_total");
        double misses = value(scrape(), "manchette_cache_misses_total");

        given().get(path).then().statusCode(200).header("Cache-Status", "Manchette; hit");

        String metrics = scrape();
        assertEquals(hits + 1, value(metrics, "manchette_cache_hits_total"), "the hit is counted");
        assertEquals(misses, value(metrics, "manchette_cache_misses_total"), "and is no miss");
        assertTrue(
                value(
                                metrics,
                                "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                                        + "uri=\"/api/articles/{slug}\"}")
                        >= 2,
                "the miss and the hit are timed under the template");
        assertTrue(!metrics.contains(article.getSlug()), "no raw slug becomes a label");
    }

    @Test
    void aConditionalHitIsTimedAs304() {
        var article = data.published(data.section("Mesures"), "Revalidé");
        String path = "/api/articles/" + article.getSlug();
        Api.warmCache(path);
        String etag = given().get(path).header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("Cache-Status", "Manchette; hit");
        given().get("/q/metrics")
                .then()
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"REDIRECTION\","
                        + "status=\"304\",uri=\"/api/articles/{slug}\"}"));
    }

    @Test
    void unknownPathsShareOneLabelAndManagementCallsTheirTemplate() {
        String random = TestData.unique("nulle-part");
        given().get("/" + random).then().statusCode(404);
        var article = data.draft(data.section("Mesures"), "Brouillon mesuré");
        Api.asAdmin().get("/api/admin/articles/{id}", article.getId()).then().statusCode(200);
        given().get("/api/articles/" + TestData.unique("absent")).then().statusCode(404);

        given().get("/q/metrics")
                .then()
                .body(containsString("uri=\"/unmatched\""))
                .body(containsString(
                        "method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/admin/articles/{id}\""))
                .body(containsString(
                        "method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/api/articles/{slug}\""))
                .body(not(containsString(random)))
                .body(not(containsString("uri=\"/api/admin/articles/" + article.getId() + "\"")));
    }

    @Test
    void aRefusedQueryIsTimedUnderItsEndpoint() {
        given().get("/api/articles?nimportequoi=1").then().statusCode(400);
        given().get("/q/metrics")
                .then()
                .body(containsString("outcome=\"CLIENT_ERROR\",status=\"400\",uri=\"/api/articles\""))
                .body(not(containsString("nimportequoi")));
    }

    @Test
    void invalidationsAndEntriesFollowTheCache() {
        var article = data.published(data.section("Mesures"), "Bientôt modifié");
        String path = "/api/articles/" + article.getSlug();
        Api.warmCache(path);
        double dropped = value(scrape(), "manchette_cache_invalidations_total");
        assertTrue(value(scrape(), "manchette_cache_entries") >= 1);

        Api.asAdmin()
                .contentType("application/merge-patch+json")
                .header("If-Match", Api.etag(article.getVersion()))
                .body(Map.of("title", "Nouveau titre"))
                .patch("/api/admin/articles/{id}", article.getId())
                .then()
                .statusCode(200);

        Eventually.until(
                "the edit drops the cached page",
                () -> value(scrape(), "manchette_cache_invalidations_total") > dropped);
    }

    @Test
    void theModerationQueueIsCounted() {
        var article = data.published(data.section("Mesures"), "Commenté");
        double before = value(scrape(), "manchette_comments_pending");
        Api.reader()
                .contentType("application/json")
                .body(Map.of("authorName", "Jeanne", "body", "Une question."))
                .post("/api/articles/{slug}/comments", article.getSlug())
                .then()
                .statusCode(202);
        // The queue is read at most once a second: wait for the next reading.
        Eventually.until(
                "the new comment is in the queue", () -> value(scrape(), "manchette_comments_pending") > before);
    }

    @Test
    void servesTheSchedulerThePoolAndTheListener() {
        String metrics = scrape();
        assertTrue(value(metrics, "manchette_scheduler_lag_seconds") >= 0);
        assertEquals(1, value(metrics, "manchette_cache_listener_connected"));
        assertTrue(metrics.contains("agroal_active_count"), "the connection pool");
        // Registered by the scheduler's and the webhook worker's first turn (every second).
        Eventually.until("the scheduler's and the webhooks' meters", () -> {
            String now = scrape();
            return now.contains("manchette_scheduler_failures_total ")
                    && now.contains("manchette_webhooks_attempts_total{outcome=\"delivered\"}");
        });
    }
}
