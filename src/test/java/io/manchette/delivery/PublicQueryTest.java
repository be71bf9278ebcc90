package io.manchette.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.support.Api;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cache key nobody can blow up: public endpoints refuse parameters they do not take, and one
 * answer has one key whatever the order of the parameters or the spelling of their defaults.
 */
@QuarkusTest
class PublicQueryTest {

    @Inject
    TestData data;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/articles",
                "/api/feed",
                "/api/front-page",
                "/api/sections",
                "/api/tags",
                "/api/authors",
                "/api/search?q=budget",
                "/feeds/rss.xml",
                "/sitemap.xml"
            })
    void everyPublicEndpointRefusesAnUnknownParameterNamingIt(String path) {
        given().get(path + (path.contains("?") ? "&" : "?") + "x=" + TestData.unique("aleatoire"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Cache-Status", "Manchette; fwd=bypass")
                .body("type", equalTo("https://manchette.io/problems/validation"))
                .body("violations.field", contains("x"));
    }

    @Test
    void aRepeatedParameterIsRefused() {
        given().get("/api/articles?limit=5&limit=6")
                .then()
                .statusCode(400)
                .body("violations.field", contains("limit"))
                .body("violations[0].message", equalTo("is given more than once"));
    }

    @Test
    void aControlCharacterInAParameterIsRefused() {
        given().urlEncodingEnabled(false)
                .get("/api/search?q=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("q"));
    }

    @Test
    void anUnknownFilterIsA400SoThatMadeUpOnesCannotFillTheCache() {
        given().get("/api/articles?section=" + TestData.unique("nulle-part"))
                .then()
                .statusCode(400)
                .body("violations.field", contains("section"));
        given().get("/api/articles?tag=" + TestData.unique("aucun"))
                .then()
                .statusCode(400)
                .body("violations.field", contains("tag"));
    }

    @Test
    void theOrderOfParametersAndSpelledOutDefaultsShareOneCachedAnswer() {
        String section = data.section("Canonique");
        Article article = data.published(section, "Une seule clé");
        // The first read may not be stored (the fixture's own commit can be heard while it is
        // computed): read until the answer is cached, then ask in another order.
        Api.warmCache("/api/articles?section=" + section + "&limit=5");
        given().get("/api/articles?limit=5&section=" + section)
                .then()
                .statusCode(200)
                .header("Cache-Status", "Manchette; hit")
                .body("items.slug", contains(article.getSlug()));

        Api.warmCache("/api/sections/" + section + "/articles");
        for (String same : List.of("?limit=20", "?limit=", "?cursor=", "?limit=20&cursor=")) {
            assertEquals(
                    "Manchette; hit",
                    given().get("/api/sections/" + section + "/articles" + same).header("Cache-Status"),
                    same);
        }
    }

    @Test
    void aMalformedValueIsA400NamingItAndIsNotCached() {
        for (int i = 0; i < 2; i++) {
            given().get("/api/feed?scope=partout")
                    .then()
                    .statusCode(400)
                    .header("Cache-Status", "Manchette; fwd=miss")
                    .body("violations.field", contains("scope"));
        }
    }
}
