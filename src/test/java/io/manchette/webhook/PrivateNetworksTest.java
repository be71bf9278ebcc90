package io.manchette.webhook;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.support.Api;
import io.manchette.support.Eventually;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.manchette.support.WebhookReceiver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhooks as production runs them, private networks refused: no URL on loopback, link-local or
 * private addresses is taken, and one that resolves there later is refused at delivery.
 */
@QuarkusTest
@TestProfile(PrivateNetworksTest.Refusing.class)
class PrivateNetworksTest {

    public static class Refusing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "manchette.webhooks.allow-private-networks", "false",
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hooks",
                "http://localhost/hooks",
                "http://10.1.2.3/hooks",
                "https://172.20.0.1/hooks",
                "http://192.168.1.10/hooks",
                "http://100.64.0.1/hooks",
                "http://169.254.169.254/latest/meta-data",
                "http://0.0.0.0/hooks",
                "http://[::1]/hooks",
                "http://[fd00::1]/hooks",
                "http://[fe80::1]/hooks",
                "http://[::ffff:10.0.0.1]/hooks",
                "http://224.0.0.1/hooks"
            })
    void aPrivateAddressIsRefused(String url) {
        Api.asAdmin()
                .body(Map.of("url", url, "events", List.of("article.published")))
                .post("/api/admin/webhooks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("url"))
                .body("violations[0].message", containsString("webhooks go to public addresses only"));
    }

    @org.junit.jupiter.api.Test
    void anAddressThatTurnedPrivateIsRefusedAtDelivery() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            // As if the host had resolved to a public address when it was subscribed, and no longer does.
            long id = QuarkusTransaction.requiringNew()
                    .call(() -> ((Number) em.createNativeQuery("""
                            insert into webhook_subscriptions (url, events, secret, created_by, created_at, updated_at)
                            values (?1, 'article.published', ?2, 'test', ?3, ?3) returning id""")
                                    .setParameter(1, receiver.url())
                                    .setParameter(2, WebhookSigner.newSecret())
                                    .setParameter(3, TestClock.now())
                                    .getSingleResult())
                            .longValue());
            data.published(data.section("Réseaux"), "Adresse devenue privée");
            Eventually.until(
                    "an attempt is logged",
                    () -> !JsonPath.from(Api.asAdmin()
                                    .get("/api/admin/webhooks/{id}/deliveries", id)
                                    .asString())
                            .getList("items.attempts.flatten()")
                            .isEmpty());
            JsonPath log = JsonPath.from(
                    Api.asAdmin().get("/api/admin/webhooks/{id}/deliveries", id).asString());
            assertEquals(
                    "refused: the URL resolves to 127.0.0.1, a loopback address: webhooks go to public addresses only",
                    log.getString("items[0].attempts[0].error"));
            assertEquals(List.of(), receiver.received(), "nothing reached the private address");
            Api.asAdmin().header("If-Match", "\"0\"").delete("/api/admin/webhooks/{id}", id);
        }
    }
}
