package io.manchette.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.manchette.support.Api;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security headers on every kind of answer, computed, cached or refused; Swagger UI still works. */
@QuarkusTest
@TestProfile(ResponseHeadersTest.BehindTls.class)
class ResponseHeadersTest {

    /** As deployed behind a TLS proxy, with HSTS set. */
    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("manchette.security.hsts", "P365D");
        }
    }

    static final String CSP = "default-src 'none'; frame-ancestors 'none'";

    @Inject
    TestData data;

    @Test
    void publicAnswersComputedOrCachedCarryThem() {
        var article = data.published(data.section("Entêtes"), "Bien protégé");
        for (int i = 0; i < 2; i++) { // the second comes from the cache
            given().get("/api/articles/{slug}", article.getSlug())
                    .then()
                    .statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", CSP)
                    .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        given().get("/sitemap.xml").then().statusCode(200).header("Content-Security-Policy", CSP);
        given().get("/api/articles?x=1").then().statusCode(400).header("Content-Security-Policy", CSP);
    }

    @Test
    void managementAnswersCarryThem() {
        Api.asAdmin()
                .get("/api/admin/me")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CSP);
    }

    @Test
    void swaggerUiIsNotLockedDown() {
        given().get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void corsNeverAllowsCredentials() {
        given().header("Origin", "https://site.example.org")
                .get("/api/sections")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not(equalTo("true")));
        given().header("Origin", "https://site.example.org")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/sections")
                .then()
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not(equalTo("true")));
    }
}
