package io.manchette.account;

import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.manchette.security.Roles;
import io.manchette.support.NewArticle;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API tokens: shown once, scoped, expiring, revocable at once. */
@QuarkusTest
class TokenTest {

    @Inject
    TestData data;

    JsonPath create(List<String> scopes, Instant expiresAt) {
        var body =
                new java.util.HashMap<String, Object>(Map.of("name", TestData.unique("programme"), "scopes", scopes));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return asAdmin()
                .body(body)
                .post("/api/admin/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static RequestSpecification bearer(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType("application/json");
    }

    @Test
    void theSecretIsShownOnceAndTheScopesDecide() {
        JsonPath created = create(List.of("content:read-drafts"), null);
        String secret = created.getString("secret");
        org.hamcrest.MatcherAssert.assertThat(secret, startsWith("mch_"));

        asAdmin()
                .get("/api/admin/tokens")
                .then()
                .statusCode(200)
                .body("items.name", hasItem(created.getString("token.name")))
                .body(not(containsString(secret)))
                .body(not(containsString("secretHash")));
        bearer(secret).get("/api/admin/articles").then().statusCode(200);
        bearer(secret).get("/api/admin/me").then().body("username", startsWith("token:"));
        bearer(secret)
                .body(Map.of("title", "x", "section", "x", "body", List.of()))
                .post("/api/admin/articles")
                .then()
                .statusCode(403);
        bearer(secret).get("/api/admin/comments").then().statusCode(403);

        String writer = create(List.of("content:write"), null).getString("secret");
        bearer(writer)
                .body(NewArticle.in(data.section("Programmes"), "Écrit par un programme")
                        .body("Bonjour.")
                        .json())
                .post("/api/admin/articles")
                .then()
                .statusCode(201)
                .body("owner", startsWith("token:"));
        bearer(writer).get("/api/admin/users").then().statusCode(403);
    }

    @Test
    void aRevokedTokenGets401OnItsNextCall() {
        JsonPath created = create(List.of("comments:moderate"), null);
        String secret = created.getString("secret");
        bearer(secret).get("/api/admin/comments").then().statusCode(200);

        long id = created.getLong("token.id");
        asAdmin().delete("/api/admin/tokens/{id}", id).then().statusCode(428);
        asAdmin()
                .header("If-Match", etag(0))
                .delete("/api/admin/tokens/{id}", id)
                .then()
                .statusCode(204);
        bearer(secret).get("/api/admin/comments").then().statusCode(401).contentType("application/problem+json");
        asAdmin().get("/api/admin/tokens/{id}", id).then().body("revokedAt", not(equalTo(null)));
        asAdmin()
                .queryParam("targetType", "token")
                .queryParam("targetId", id)
                .get("/api/admin/audit")
                .then()
                .body("items.action", equalTo(List.of("token.revoke", "token.create")));
    }

    @Test
    void anExpiredOrUnknownTokenGets401() {
        Duration lifetime = Duration.ofHours(1);
        String secret = create(List.of("content:read-drafts"), TestClock.now().plus(lifetime))
                .getString("secret");
        bearer(secret).get("/api/admin/articles").then().statusCode(200);
        TestClock.advance(lifetime.plusSeconds(1));
        bearer(secret).get("/api/admin/articles").then().statusCode(401);
        bearer("mch_inconnu").get("/api/admin/articles").then().statusCode(401);
    }

    @Test
    void onlyAdministratorsManageTokens() {
        as(data.user(Roles.EDITOR))
                .body(Map.of("name", "x", "scopes", List.of("content:write")))
                .post("/api/admin/tokens")
                .then()
                .statusCode(403);
    }

    @Test
    void aTokenNeedsKnownScopesAndAnExpiryWithinAYear() {
        asAdmin()
                .body(Map.of("name", "x", "scopes", List.of("tout:faire")))
                .post("/api/admin/tokens")
                .then()
                .statusCode(400);
        asAdmin()
                .body(Map.of("name", "x", "scopes", List.of()))
                .post("/api/admin/tokens")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("scopes"));
        asAdmin()
                .body(Map.of("name", "x", "scopes", List.of("content:write"), "expiresAt", "2020-01-01T00:00:00Z"))
                .post("/api/admin/tokens")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("expiresAt"));
    }
}
