package io.manchette.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Guessing is throttled: failed sign-ins count per client address and per user name, and over the
 * limit (ten by default) the next attempt is a 429 with Retry-After, decided before any hash.
 */
@QuarkusTest
class SignInGuardTest {

    static final int LIMIT = 10;
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    TestData data;

    /** A client of its own, behind the test profile's trusted proxy. */
    static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    static String newAddress() {
        return "10.77." + (ADDRESSES.get() / 250) + "." + (1 + ADDRESSES.getAndIncrement() % 250);
    }

    @Test
    void aClientThatKeepsGuessingIsRefusedEvenWithTheRightPassword() {
        String user = data.user(Roles.EDITOR);
        String client = newAddress();
        for (int i = 0; i < LIMIT; i++) {
            from(client)
                    .auth()
                    .preemptive()
                    .basic(user, "devine-" + i)
                    .get("/api/admin/me")
                    .then()
                    .statusCode(401);
        }
        from(client)
                .auth()
                .preemptive()
                .basic(user, TestData.PASSWORD)
                .get("/api/admin/me")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://manchette.io/problems/too-many-requests"));
        // Another user from another address is not held up.
        String other = data.user(Roles.EDITOR);
        from(newAddress())
                .auth()
                .preemptive()
                .basic(other, TestData.PASSWORD)
                .get("/api/admin/me")
                .then()
                .statusCode(200);
    }

    @Test
    void guessingOneUsersPasswordFromManyAddressesIsRefusedToo() {
        String user = data.user(Roles.EDITOR);
        for (int i = 0; i < LIMIT; i++) {
            from(newAddress())
                    .auth()
                    .preemptive()
                    .basic(user, "essai-" + i)
                    .get("/api/admin/me")
                    .then()
                    .statusCode(401);
        }
        from(newAddress())
                .auth()
                .preemptive()
                .basic(user, "encore-un")
                .get("/api/admin/me")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue());
    }

    @Test
    void guessingTokensIsThrottledPerAddress() {
        String client = newAddress();
        for (int i = 0; i < LIMIT; i++) {
            from(client)
                    .header("Authorization", "Bearer mch_faux" + i)
                    .get("/api/admin/me")
                    .then()
                    .statusCode(401);
        }
        from(client)
                .header("Authorization", "Bearer mch_encore")
                .get("/api/admin/me")
                .then()
                .statusCode(429)
                .contentType("application/problem+json");
    }
}
