package io.manchette.security;

import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;

import io.manchette.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A verified Basic credential is remembered for a moment, so that a script's calls cost one bcrypt
 * check, and forgotten at once when the user's password, roles or existence change.
 */
@QuarkusTest
class VerifiedCredentialsTest {

    @Inject
    TestData data;

    @Inject
    UserRepository users;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    static int me(String user, String password) {
        return given().auth()
                .preemptive()
                .basic(user, password)
                .get("/api/admin/me")
                .statusCode();
    }

    User user(String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> users.findByUsername(name).orElseThrow());
    }

    /** Changes the stored hash behind the application's back: no change event is written. */
    void replaceHashSilently(String name) throws Exception {
        try (var connection = DriverManager.getConnection(databaseUrl, "postgres", null);
                var statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate("update users set password_hash = '"
                    + io.quarkus.elytron.security.common.BcryptUtil.bcryptHash("un-tout-autre-mot-de-passe")
                    + "' where username = '" + name + "'");
        }
    }

    @Test
    void aVerifiedCredentialIsNotCheckedAgainStraightAway() throws Exception {
        String name = data.user(Roles.EDITOR);
        org.junit.jupiter.api.Assertions.assertEquals(200, me(name, TestData.PASSWORD));
        replaceHashSilently(name);
        // Remembered: the stored hash is not read again (a fresh check would now fail).
        org.junit.jupiter.api.Assertions.assertEquals(200, me(name, TestData.PASSWORD));
        // Only that exact password is remembered.
        org.junit.jupiter.api.Assertions.assertEquals(401, me(name, "un-autre-mot-de-passe"));
    }

    @Test
    void aNewPasswordTakesEffectAtOnce() {
        String name = data.user(Roles.EDITOR);
        org.junit.jupiter.api.Assertions.assertEquals(200, me(name, TestData.PASSWORD));
        User user = user(name);
        asAdmin()
                .header("If-Match", etag(user.getVersion()))
                .body(Map.of("roles", List.of(Roles.EDITOR), "password", "une-toute-nouvelle-phrase"))
                .put("/api/admin/users/{id}", user.getId())
                .then()
                .statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(401, me(name, TestData.PASSWORD));
        org.junit.jupiter.api.Assertions.assertEquals(200, me(name, "une-toute-nouvelle-phrase"));
    }

    @Test
    void lostRolesAndARemovedUserTakeEffectAtOnce() {
        String name = data.user(Roles.ADMIN);
        given().auth()
                .preemptive()
                .basic(name, TestData.PASSWORD)
                .get("/api/admin/users")
                .then()
                .statusCode(200);
        User user = user(name);
        asAdmin()
                .header("If-Match", etag(user.getVersion()))
                .body(Map.of("roles", List.of(Roles.EDITOR)))
                .put("/api/admin/users/{id}", user.getId())
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic(name, TestData.PASSWORD)
                .get("/api/admin/users")
                .then()
                .statusCode(403);
        asAdmin()
                .header("If-Match", etag(user(name).getVersion()))
                .delete("/api/admin/users/{id}", user.getId())
                .then()
                .statusCode(204);
        org.junit.jupiter.api.Assertions.assertEquals(401, me(name, TestData.PASSWORD));
    }
}
