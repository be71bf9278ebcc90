package io.manchette.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.Api;
import io.manchette.support.Eventually;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.manchette.support.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Webhooks over HTTP, delivered to a receiver this test runs: signed as Standard Webhooks specify
 * (checked by their reference implementation), retried on the schedule as the test clock moves,
 * never carrying a draft.
 */
@QuarkusTest
class WebhookTest {

    static final String BASE = "/api/admin/webhooks";

    static io.restassured.specification.RequestSpecification admin() {
        return Api.asAdmin().basePath(BASE);
    }

    static final List<String> ALL_EVENTS = List.copyOf(WebhookEventTypes.ALL);

    @Inject
    TestData data;

    @Inject
    WebhookDeliveryRepository deliveries;

    @Inject
    javax.sql.DataSource dataSource;

    WebhookReceiver receiver;
    final List<Integer> created = new ArrayList<>();

    record Subscription(int id, String secret) {}

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void deleteSubscriptions() {
        for (int id : created) {
            int version = admin().get("{id}", id).then().extract().path("version");
            admin().header("If-Match", Api.etag(version)).delete("{id}", id);
        }
        receiver.close();
    }

    Subscription subscribe(List<String> events) {
        var answer = admin().body(
                        Map.of("url", receiver.url(), "events", events, "description", "Site Next.js de test"))
                .post()
                .then()
                .statusCode(201)
                .extract();
        int id = answer.path("webhook.id");
        created.add(id);
        return new Subscription(id, answer.path("secret"));
    }

    static Long articleId(WebhookReceiver.Received r) {
        Object id = JsonPath.from(r.body()).get("data.article.id");
        return id == null ? null : ((Number) id).longValue();
    }

    static List<WebhookReceiver.Received> about(WebhookReceiver receiver, Article article) {
        return receiver.matching(r -> Long.valueOf(article.getId()).equals(articleId(r)));
    }

    /** Verified by the reference implementation: its signature of id.timestamp.body is among those sent. */
    static void assertSignedWith(WebhookReceiver.Received r, String secret) throws Exception {
        String id = r.header("webhook-id");
        long timestamp = Long.parseLong(r.header("webhook-timestamp"));
        String expected = new Webhook(secret).sign(id, timestamp, r.body());
        assertTrue(
                List.of(r.header("webhook-signature").split(" ")).contains(expected),
                "signed with " + secret + ": " + r.header("webhook-signature"));
    }

    JsonPath log(int subscriptionId) {
        return admin().get("{id}/deliveries", subscriptionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The log's entry for one event (by its webhook-id), or an empty map while there is none. */
    Map<String, Object> entry(int subscriptionId, String messageId) {
        List<Map<String, Object>> items = log(subscriptionId).getList("items");
        return items.stream()
                .filter(i -> messageId.equals(i.get("eventId")))
                .findFirst()
                .orElse(Map.of());
    }

    static List<?> attempts(Map<String, Object> entry) {
        return (List<?>) entry.getOrDefault("attempts", List.of());
    }

    static List<Object> statusCodes(Map<String, Object> entry) {
        List<Object> codes = new ArrayList<>();
        attempts(entry).forEach(a -> codes.add(((Map<?, ?>) a).get("statusCode")));
        return codes;
    }

    /** The webhook-id of the first request the receiver got about this article, once it got one. */
    String firstMessageAbout(Article article) {
        Eventually.until(
                "a request about " + article.getSlug(),
                () -> !about(receiver, article).isEmpty());
        return about(receiver, article).get(0).header("webhook-id");
    }

    @Nested
    class Subscriptions {

        @Test
        void creationShowsTheSecretOnceAndNeverAgain() {
            var answer = admin().body(
                            Map.of("url", receiver.url(), "events", List.of("article.published", "article.updated")))
                    .post()
                    .then()
                    .statusCode(201)
                    .header("Location", matchesPattern(".*/api/admin/webhooks/\\d+"))
                    .header("ETag", "\"0\"")
                    .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                    .body("webhook.status", equalTo("ACTIVE"))
                    .body("webhook.events", contains("article.published", "article.updated"))
                    .body("webhook.createdBy", equalTo(TestData.ADMIN))
                    .extract();
            int id = answer.path("webhook.id");
            created.add(id);
            admin().get("{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("url", equalTo(receiver.url()))
                    .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
            admin().queryParam("limit", "100")
                    .get()
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(id))
                    .body("items.findAll { it.containsKey('secret') }", org.hamcrest.Matchers.empty());
        }

        @Test
        void anUnknownEventIsRefusedByItsPlaceInTheList() {
            admin().body(Map.of("url", receiver.url(), "events", List.of("article.published", "article.exploded")))
                    .post()
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("events[1]"));
        }

        @Test
        void onlyHttpUrlsAreTaken() {
            for (String url : List.of("ftp://example.org/hook", "file:///etc/passwd", "pas une url", "https://")) {
                admin().body(Map.of("url", url, "events", List.of("article.published")))
                        .post()
                        .then()
                        .statusCode(400)
                        .body("violations.field", contains("url"));
            }
        }

        @Test
        void changesNeedTheCurrentVersion() {
            var subscription = subscribe(List.of("article.published"));
            var change =
                    Map.of("url", receiver.url(), "events", List.of("article.deleted"), "description", "Purge CDN");
            admin().body(change).put("{id}", subscription.id()).then().statusCode(428);
            admin().header("If-Match", "\"7\"")
                    .body(change)
                    .put("{id}", subscription.id())
                    .then()
                    .statusCode(412)
                    .body("currentVersion", equalTo(0));
            admin().header("If-Match", "\"0\"")
                    .body(change)
                    .put("{id}", subscription.id())
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("events", contains("article.deleted"))
                    .body("description", equalTo("Purge CDN"));
            admin().header("If-Match", "\"1\"")
                    .contentType("application/merge-patch+json")
                    .body("{\"events\": [\"tag.updated\", \"article.published\"]}")
                    .patch("{id}", subscription.id())
                    .then()
                    .statusCode(200)
                    .body("events", contains("article.published", "tag.updated"))
                    .body("description", equalTo("Purge CDN"));
            admin().delete("{id}", subscription.id()).then().statusCode(428);
            admin().header("If-Match", "\"1\"")
                    .delete("{id}", subscription.id())
                    .then()
                    .statusCode(412);
        }

        @Test
        void pauseAndResumeShowOnTheSubscription() {
            var subscription = subscribe(List.of("article.published"));
            admin().post("{id}/pause", subscription.id())
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PAUSED"))
                    .body("pauseReason", equalTo("paused by admin"));
            admin().header("If-Match", "\"0\"")
                    .post("{id}/resume", subscription.id())
                    .then()
                    .statusCode(412);
            admin().post("{id}/resume", subscription.id())
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("pauseReason", nullValue());
        }

        @Test
        void onlyAdministratorsManageWebhooks() {
            String editor = data.user(Roles.EDITOR);
            Api.anonymous().basePath(BASE).get().then().statusCode(401);
            Api.as(editor).basePath(BASE).get().then().statusCode(403).contentType("application/problem+json");
            Api.as(editor)
                    .basePath(BASE)
                    .body(Map.of("url", receiver.url(), "events", List.of("article.published")))
                    .post()
                    .then()
                    .statusCode(403);
            Api.anonymous().basePath(BASE).post("1/rotate-secret").then().statusCode(401);
            admin().get("999999999").then().statusCode(404);
            admin().get("999999999/deliveries").then().statusCode(404);
        }
    }

    @Nested
    class Delivery {

        @Test
        void aNewSubscriptionReceivesOnlyTheEventsRecordedAfterIt() throws Exception {
            // An event recorded before the subscription, held away from the worker (its fan-out
            // skips locked rows) until the subscription exists.
            try (var connection = dataSource.getConnection()) {
                long event;
                try (var statement = connection.createStatement()) {
                    var rows = statement.executeQuery(
                            "insert into webhook_events (entity, entity_key, type, data, keys)"
                                    + " values ('tag', 0, 'tag.updated', '{\"action\": \"updated\"}', '{}') returning id");
                    rows.next();
                    event = rows.getLong(1);
                }
                connection.setAutoCommit(false);
                try (var statement = connection.createStatement()) {
                    statement.executeQuery("select id from webhook_events where id = " + event + " for update");
                    var subscription = subscribe(List.of("tag.updated"));
                    connection.commit();
                    Eventually.until("the earlier event is fanned out", () -> fannedOut(event));
                    assertEquals(
                            List.of(), log(subscription.id()).getList("items"), "no delivery of the earlier event");
                }
            }
        }

        boolean fannedOut(long event) {
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("select fanned_out from webhook_events where id = " + event)) {
                rows.next();
                return rows.getBoolean(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void aPublicationReachesTheReceiverOnceSignedWithItsUrlsAndCacheKeys() throws Exception {
            var subscription = subscribe(List.of("article.published"));
            String europe = data.section(data.section("Monde"), "Europe");
            Article article = data.published(europe, "Sommet de Bruxelles : accord sur le budget");
            Eventually.until(
                    "the publication is delivered",
                    () -> !about(receiver, article).isEmpty());

            var received = about(receiver, article).get(0);
            assertSignedWith(received, subscription.secret());
            assertTrue(received.header("webhook-id").startsWith("msg_"));
            long sent = Long.parseLong(received.header("webhook-timestamp"));
            assertTrue(Math.abs(sent - TestClock.now().getEpochSecond()) < 120, "webhook-timestamp is now");
            assertEquals("application/json", received.header("content-type"));
            JsonPath body = JsonPath.from(received.body());
            assertEquals("article.published", body.getString("type"));
            assertEquals(received.header("webhook-id"), body.getString("id"));
            assertEquals(article.getSlug(), body.getString("data.article.slug"));
            assertEquals("Sommet de Bruxelles : accord sur le budget", body.getString("data.article.title"));
            assertEquals(europe, body.getString("data.article.section.path"));
            assertEquals(
                    "https://journal.example.org/" + europe + "/" + article.getSlug(),
                    body.getString("data.article.url"));
            assertEquals(
                    "https://journal.example.org/api/articles/" + article.getSlug(),
                    body.getString("data.article.apiUrl"));
            List<String> keys = body.getList("data.cacheKeys");
            assertTrue(
                    keys.containsAll(List.of("article:" + article.getId(), "articles", "articles:any")),
                    keys.toString());
            // The article page carries the article's key in Surrogate-Key: purging by the event's keys drops it.
            String surrogate = Api.anonymous()
                    .get("/api/articles/{slug}", article.getSlug())
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("Surrogate-Key");
            assertTrue(List.of(surrogate.split(" ")).contains("article:" + article.getId()), surrogate);

            String id = received.header("webhook-id");
            Eventually.until(
                    "the log shows the delivery",
                    () -> "DELIVERED".equals(entry(subscription.id(), id).get("status")));
            assertEquals(List.of(204), statusCodes(entry(subscription.id(), id)));
            assertEquals(1, about(receiver, article).size(), "once");
        }

        @Test
        void aDraftNeverLeaves() {
            subscribe(ALL_EVENTS);
            String section = data.section("Enquêtes");
            Article draft = data.draft(section, "Révélations exclusives sur le ministre");
            Article marker = data.published(section, "Publié après le brouillon");
            Eventually.until(
                    "a later publication is delivered",
                    () -> !about(receiver, marker).isEmpty());
            assertEquals(
                    List.of(),
                    receiver.matching(
                            r -> r.body().contains(draft.getSlug()) || r.body().contains("Révélations")));
        }

        @Test
        void aFailingReceiverGetsTheEventOnARetryAndTheLogShowsEachAttempt() throws Exception {
            AtomicInteger failures = new AtomicInteger();
            String title = "Tempête Ciarán : la côte bretonne en alerte";
            receiver.answer(r -> r.body().contains("Ciar") && failures.getAndIncrement() < 2 ? 503 : null);
            var subscription = subscribe(List.of("article.published"));
            Article article = data.published(data.section("Météo"), title);

            String id = firstMessageAbout(article);
            Eventually.until(
                    "a first attempt",
                    () -> attempts(entry(subscription.id(), id)).size() == 1);
            var entry = entry(subscription.id(), id);
            assertEquals("PENDING", entry.get("status"));
            assertEquals(List.of(503), statusCodes(entry));
            assertEquals(
                    "the receiver answered 503", ((Map<?, ?>) attempts(entry).get(0)).get("error"));
            TestClock.advance(Duration.ofMinutes(2)); // the first wait: PT1M, within 20%
            Eventually.until(
                    "a second attempt",
                    () -> attempts(entry(subscription.id(), id)).size() == 2);
            TestClock.advance(Duration.ofMinutes(3)); // the second: PT2M, within 20%
            Eventually.until(
                    "the third attempt is delivered",
                    () -> "DELIVERED".equals(entry(subscription.id(), id).get("status")));
            assertEquals(List.of(503, 503, 204), statusCodes(entry(subscription.id(), id)));
            assertEquals(3, about(receiver, article).size());
            assertEquals(
                    1,
                    about(receiver, article).stream()
                            .map(r -> r.header("webhook-id"))
                            .distinct()
                            .count(),
                    "every attempt carries the same webhook-id");
            for (var r : about(receiver, article)) {
                assertSignedWith(r, subscription.secret());
            }
            admin().get("{id}", subscription.id()).then().body("consecutiveFailures", equalTo(0));
        }

        @Test
        void aReceiverThatKeepsFailingIsPausedWithTheReason() {
            receiver.alwaysAnswer(500);
            var subscription = subscribe(List.of("article.published"));
            Article article = data.published(data.section("Pannes"), "Le serveur ne répond plus");
            String id = firstMessageAbout(article);
            // Each failure is followed by the next attempt once its wait has passed, until the
            // third failure in a row pauses the subscription (another event that reached it before
            // this one counts among the three).
            BooleanSupplier paused =
                    () -> "PAUSED".equals(admin().get("{id}", subscription.id()).path("status"));
            while (!paused.getAsBoolean()) {
                int made = attempts(entry(subscription.id(), id)).size();
                TestClock.advance(Duration.ofMinutes(5));
                Eventually.until(
                        "attempt " + (made + 1) + " or the pause",
                        () -> paused.getAsBoolean()
                                || attempts(entry(subscription.id(), id)).size() > made);
            }
            admin().get("{id}", subscription.id())
                    .then()
                    .body("pauseReason", startsWith("3 failed attempts in a row; the last: the receiver answered 500"))
                    .body("pausedAt", notNullValue());
            admin().post(
                            "{id}/deliveries/{d}/retry",
                            subscription.id(),
                            entry(subscription.id(), id).get("id"))
                    .then()
                    .statusCode(409);
            admin().post("{id}/resume", subscription.id())
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACTIVE"))
                    .body("consecutiveFailures", equalTo(0));
        }

        @Test
        void aDeliveryIsReplayedOnRequest() {
            var subscription = subscribe(List.of("article.published"));
            Article article = data.published(data.section("Rediffusion"), "Le match rejoué");
            String id = firstMessageAbout(article);
            Eventually.until(
                    "delivered",
                    () -> "DELIVERED".equals(entry(subscription.id(), id).get("status")));
            Object delivery = entry(subscription.id(), id).get("id");
            admin().post("{id}/deliveries/{d}/retry", subscription.id(), delivery)
                    .then()
                    .statusCode(202)
                    .body("status", equalTo("PENDING"))
                    .body("attempts.size()", equalTo(1));
            Eventually.until("delivered again", () -> about(receiver, article).size() == 2);
            assertEquals(
                    about(receiver, article).get(0).header("webhook-id"),
                    about(receiver, article).get(1).header("webhook-id"));
            admin().post("{id}/deliveries/{d}/retry", subscription.id(), 999999999)
                    .then()
                    .statusCode(404);
        }

        @Test
        void aRedirectIsNotFollowed() {
            receiver.alwaysAnswer(302).redirectTo("http://169.254.169.254/latest/meta-data");
            var subscription = subscribe(List.of("article.published"));
            Article article = data.published(data.section("Redirections"), "Renvoyé ailleurs");
            String id = firstMessageAbout(article);
            Eventually.until(
                    "an attempt", () -> !attempts(entry(subscription.id(), id)).isEmpty());
            var entry = entry(subscription.id(), id);
            var attempt = (Map<?, ?>) attempts(entry).get(0);
            assertEquals(302, attempt.get("statusCode"));
            assertEquals("redirect not followed (to http://169.254.169.254/latest/meta-data)", attempt.get("error"));
            assertEquals("PENDING", entry.get("status"));
        }

        @Test
        void aRotatedSecretSignsBesideTheOldOneDuringTheOverlap() throws Exception {
            var subscription = subscribe(List.of("article.published"));
            String rotated = admin().header("If-Match", "\"0\"")
                    .post("{id}/rotate-secret", subscription.id())
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("webhook.previousSecretValidUntil", notNullValue())
                    .extract()
                    .path("secret");
            assertNotEquals(subscription.secret(), rotated);
            Article article = data.published(data.section("Rotation"), "Nouvelle clé, ancienne clé");
            Eventually.until("delivered", () -> !about(receiver, article).isEmpty());
            var received = about(receiver, article).get(0);
            assertEquals(2, received.header("webhook-signature").split(" ").length);
            assertSignedWith(received, rotated);
            assertSignedWith(received, subscription.secret());
        }

        @Test
        void aTakenDownArticleNamesOnlyWhereItWas() {
            var subscription = subscribe(List.of("article.unpublished", "article.deleted"));
            Article article = data.published(data.section("Retraits"), "Retiré pour vérification");
            Api.asAdmin()
                    .post("/api/admin/articles/{id}/unpublish", article.getId())
                    .then()
                    .statusCode(200);
            Eventually.until(
                    "the take-down is delivered",
                    () -> !about(receiver, article).isEmpty());
            JsonPath body = JsonPath.from(about(receiver, article).get(0).body());
            assertEquals("article.unpublished", body.getString("type"));
            assertEquals(article.getSlug(), body.getString("data.article.slug"));
            assertTrue(body.get("data.article.title") == null, "no title: the article is no longer public");
            assertTrue(body.getString("data.article.url").endsWith("/" + article.getSlug()));
            assertTrue(body.getList("data.cacheKeys").contains("article:" + article.getId()));
            String id = about(receiver, article).get(0).header("webhook-id");
            Eventually.until(
                    "logged",
                    () -> "article.unpublished"
                            .equals(entry(subscription.id(), id).get("type")));
        }

        @Test
        void theLogIsPurgedAfterItsRetention() {
            var subscription = subscribe(List.of("article.published"));
            Article article = data.published(data.section("Archives"), "Bientôt oublié du journal");
            String id = firstMessageAbout(article);
            Eventually.until(
                    "delivered",
                    () -> "DELIVERED".equals(entry(subscription.id(), id).get("status")));
            QuarkusTransaction.requiringNew()
                    .run(() -> deliveries.purge(TestClock.now().plusSeconds(1)));
            admin().get("{id}/deliveries", subscription.id()).then().body("items", org.hamcrest.Matchers.empty());
        }
    }
}
