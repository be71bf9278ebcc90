package io.manchette.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.manchette.delivery.AnswerCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** {@code /q/health/ready} names each dependency and says which one is down. */
@QuarkusTest
class ReadinessTest {

    @Inject
    AnswerCache cache;

    @Test
    void listsEveryDependencyUp() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("postgresql", "change-listener", "public-cache"))
                .body("checks.find { it.name == 'postgresql' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'change-listener' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'public-cache' }.status", equalTo("UP"));
    }

    /**
     * The listener's state as the cache holds it, turned off by hand: detecting a lost connection is
     * ChangeListenerTest's; here only the report counts, without racing the reconnection.
     */
    @Test
    void namesTheChangeListenerWhenItIsDown() {
        cache.listening(false);
        try {
            given().get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'change-listener' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'postgresql' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'public-cache' }.status", equalTo("UP"));
        } finally {
            cache.listening(true);
        }
    }
}
