package io.manchette.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.standardwebhooks.Webhook;
import io.manchette.support.Eventually;
import io.manchette.support.NewArticle;
import io.manchette.support.RunningInstance;
import io.manchette.support.WebhookReceiver;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks from the packaged application: two instances on one database deliver each event once,
 * and an event committed by an instance that dies before delivering it is delivered after the
 * restart. Signatures are verified by the Standard Webhooks reference implementation, timestamp
 * tolerance included (these processes run on the real clock).
 */
class WebhookDeliveryIT {

    private static final String DATABASE = RunningInstance.database("it_webhooks");

    private static final Map<String, String> RECEIVERS_ON_LOCALHOST =
            Map.of("MANCHETTE_WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true");

    @BeforeAll
    static void freshDatabase() throws Exception {
        RunningInstance.freshDatabase(DATABASE);
    }

    static String subscribe(RunningInstance instance, WebhookReceiver receiver) {
        return instance.asAdmin()
                .body(Map.of("url", receiver.url(), "events", List.of("article.published")))
                .post("/api/admin/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
    }

    /** Publishes a new article through {@code instance}; returns its id. */
    static int publish(RunningInstance instance, String title) {
        String section = instance.asAdmin()
                .body(Map.of("name", title))
                .post("/api/admin/sections")
                .then()
                .statusCode(201)
                .extract()
                .path("path");
        int id =
                (int) NewArticle.in(section, title).body("Diffusé aux abonnés.").createdBy(instance.asAdmin());
        instance.asAdmin().post("/api/admin/articles/{id}/publish", id).then().statusCode(200);
        return id;
    }

    static Set<Integer> articleIds(WebhookReceiver receiver) {
        return receiver.received().stream()
                .map(r -> JsonPath.from(r.body()).<Integer>get("data.article.id"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static void await(String what, BooleanSupplier condition) {
        Eventually.until(what, condition);
    }

    @Test
    void twoInstancesDeliverEachEventOnce() throws Exception {
        try (var receiver = WebhookReceiver.start();
                var first = RunningInstance.start("hooks-a", DATABASE, RECEIVERS_ON_LOCALHOST);
                var second = RunningInstance.start("hooks-b", DATABASE, RECEIVERS_ON_LOCALHOST)) {
            String secret = subscribe(first, receiver);
            List<Integer> published = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                published.add(publish(i % 2 == 0 ? first : second, "Dépêche numéro " + i));
            }
            await("every publication is delivered", () -> articleIds(receiver).containsAll(published));
            // Both workers finish two more turns: a second delivery would have reached the receiver.
            first.awaitTurns("manchette_webhooks_turns_total", 2);
            second.awaitTurns("manchette_webhooks_turns_total", 2);
            var received = receiver.received();
            assertEquals(published.size(), received.size(), "each event once");
            assertEquals(
                    published.size(),
                    received.stream()
                            .map(r -> r.header("webhook-id"))
                            .distinct()
                            .count());
            var webhook = new Webhook(secret);
            for (var r : received) {
                webhook.verify(r.body(), r.headers()); // throws when the signature or the timestamp is off
            }
        }
    }

    @Test
    void anEventCommittedBeforeACrashIsDeliveredAfterTheRestart() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            int id;
            String secret;
            // An instance whose worker never runs: whatever it commits stays in the outbox.
            var doomed = RunningInstance.start(
                    "hooks-crash",
                    DATABASE,
                    Map.of("MANCHETTE_WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true", "MANCHETTE_WEBHOOKS_EVERY", "off"));
            try {
                secret = subscribe(doomed, receiver);
                id = publish(doomed, "Publié juste avant la panne");
            } finally {
                doomed.kill();
            }
            assertEquals(List.of(), receiver.received(), "not delivered before the crash");
            try (var after = RunningInstance.start("hooks-restart", DATABASE, RECEIVERS_ON_LOCALHOST)) {
                await("delivered after the restart", () -> articleIds(receiver).contains(id));
                var r = receiver.received().stream()
                        .filter(x -> Integer.valueOf(id)
                                .equals(JsonPath.from(x.body()).get("data.article.id")))
                        .findFirst()
                        .orElseThrow();
                new Webhook(secret).verify(r.body(), r.headers());
            }
        }
    }
}
