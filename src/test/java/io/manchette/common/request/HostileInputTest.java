package io.manchette.common.request;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.reader;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.support.Eventually;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What hostile or broken clients send never answers 500: control characters, invalid UTF-8,
 * overlong numbers and names, deep nesting, a URI too long, a cursor from another list, an article
 * deleted while a search runs. Each is a 4xx problem naming the field.
 */
@QuarkusTest
class HostileInputTest {

    @Inject
    TestData data;

    @Inject
    DataSource database;

    static ValidatableResponse refusedNaming(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://manchette.io/problems/validation"))
                .body("violations.field", contains(field));
    }

    @Nested
    class PathAndQuery {

        @Test
        void aNulInAPathIsRefusedNamingThePath() {
            refusedNaming(
                            given().urlEncodingEnabled(false)
                                    .get("/api/articles/%E2%80%99%00")
                                    .then(),
                            "path")
                    .body("violations[0].message", equalTo("must not contain control characters"));
            refusedNaming(
                    asAdmin()
                            .urlEncodingEnabled(false)
                            .get("/api/admin/tags/%00")
                            .then(),
                    "path");
        }

        @Test
        void aPathThatIsNotUtf8IsRefused() {
            refusedNaming(
                            given().urlEncodingEnabled(false)
                                    .get("/api/articles/%C3%28")
                                    .then(),
                            "path")
                    .body("violations[0].message", equalTo("is not percent-encoded UTF-8"));
        }

        @Test
        void aControlCharacterOrInvalidUtf8InAManagementQueryIsRefusedNamingTheParameter() {
            refusedNaming(
                    asAdmin()
                            .urlEncodingEnabled(false)
                            .get("/api/admin/articles?q=a%00b")
                            .then(),
                    "q");
            refusedNaming(
                    asAdmin()
                            .urlEncodingEnabled(false)
                            .get("/api/admin/audit?actor=%FF")
                            .then(),
                    "actor");
            refusedNaming(
                    given().urlEncodingEnabled(false)
                            .get("/api/search?q=%1B%5B31m")
                            .then(),
                    "q");
        }

        @Test
        void aDateOutsideTheYears1To9999IsRefusedNamingTheParameter() {
            refusedNaming(
                            anonymous()
                                    .get("/api/search?q=europe&from=-999999999-01-01T00:00:00Z")
                                    .then(),
                            "from")
                    .body("violations[0].message", equalTo("must lie between the years 1 and 9999"));
            refusedNaming(
                    asAdmin()
                            .get("/api/admin/audit?to=+999999999-12-31T00:00:00Z")
                            .then(),
                    "to");
            refusedNaming(
                    anonymous().get("/api/search?q=europe&from=0000-12-31").then(), "from");
            // The last day a client may name still reads, though it ends at the start of year 10000.
            anonymous()
                    .get("/api/search?q=europe&from=0001-01-01&to=9999-12-31")
                    .then()
                    .statusCode(200);
        }

        @Test
        void aUriOverTheLimitIsA414Problem() {
            given().get("/api/articles/" + "a".repeat(5000))
                    .then()
                    .statusCode(414)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://manchette.io/problems/uri-too-long"))
                    .body("status", equalTo(414));
        }
    }

    @Nested
    class JsonBodies {

        @Test
        void aNulInATagNameIsRefusedAndNothingIsCreated() {
            String slug = TestData.unique("nul");
            refusedNaming(
                            asAdmin()
                                    .body(Map.of("name", "Mon\u0000de", "slug", slug))
                                    .post("/api/admin/tags")
                                    .then(),
                            "name")
                    .body("violations[0].message", equalTo("must not contain control characters"));
            anonymous().get("/api/tags/{slug}", slug).then().statusCode(404);
        }

        @Test
        void anInstantOutsideTheYears1To9999IsRefusedAndSchedulesNothing() {
            long id = data.draft(data.section("Monde"), "Un brouillon hors du temps")
                    .getId();
            refusedNaming(
                            asAdmin()
                                    .body("{\"publishAt\":\"+999999999-12-31T23:59:59Z\"}")
                                    .post("/api/admin/articles/{id}/schedule", id)
                                    .then(),
                            "publishAt")
                    .body("violations[0].message", equalTo("must lie between the years 1 and 9999"));
            refusedNaming(
                    asAdmin()
                            .body("{\"publishAt\":\"-000001-01-01T00:00:00Z\"}")
                            .post("/api/admin/articles/{id}/schedule", id)
                            .then(),
                    "publishAt");
            asAdmin()
                    .get("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DRAFT"))
                    .body("publishAt", org.hamcrest.Matchers.nullValue());
        }

        @Test
        void aNulInACommentIsRefusedNamingTheBody() {
            Article article = data.published(data.section("Commentaires hostiles"), "Un article commenté");
            refusedNaming(
                    reader().body(Map.of("authorName", "Jeanne", "body", "Bonjour\u0000"))
                            .post("/api/articles/{slug}/comments", article.getSlug())
                            .then(),
                    "body");
        }

        @Test
        void aControlCharacterDeepInAnArticleBodyIsNamedByItsPath() {
            String section = data.section("Corps hostile");
            String body = "{\"title\":\"Titre\",\"section\":\"" + section + "\",\"body\":["
                    + "{\"type\":\"paragraph\",\"text\":\"Bien.\"},"
                    + "{\"type\":\"list\",\"items\":[\"un\",\"deux\\u0007\"]}]}";
            refusedNaming(asAdmin().body(body).post("/api/admin/articles").then(), "body[1].items[1]");
        }

        @Test
        void tabsAndLineBreaksStayAllowedInText() {
            asAdmin()
                    .body(Map.of("name", "Ligne\tune\nligne deux", "slug", TestData.unique("lignes")))
                    .post("/api/admin/tags")
                    .then()
                    .statusCode(201);
        }

        @Test
        void anUnpairedSurrogateIsRefused() {
            refusedNaming(
                    asAdmin()
                            .body("{\"name\":\"a\\ud800b\"}")
                            .post("/api/admin/tags")
                            .then(),
                    "name");
        }

        @Test
        void invalidUtf8IsRefusedNamingTheField() {
            byte[] body = "{\"name\":\"Mond\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
            refusedNaming(
                            asAdmin()
                                    .contentType(ContentType.JSON)
                                    .body(body)
                                    .post("/api/admin/tags")
                                    .then(),
                            "name")
                    .body("violations[0].message", equalTo("is not valid UTF-8"));
        }

        @Test
        void anOverlongNumberIsRefusedNamingTheField() {
            refusedNaming(
                            asAdmin()
                                    .body("{\"name\":\"x\",\"slug\":" + "9".repeat(500) + "}")
                                    .post("/api/admin/tags")
                                    .then(),
                            "slug")
                    .body("violations[0].message", startsWith("is a number of more than"));
        }

        @Test
        void anOverlongMemberNameIsRefusedNamingItsObject() {
            refusedNaming(
                    asAdmin()
                            .body("{\"name\":\"x\",\"" + "k".repeat(300) + "\":1}")
                            .post("/api/admin/tags")
                            .then(),
                    "(body)");
        }

        @Test
        void aPatchNestedTooDeeplyIsRefusedAndChangesNothing() {
            Article article = data.draft(data.section("Profondeur"), "Un brouillon profond");
            String deep = "[".repeat(100) + "]".repeat(100);
            asAdmin()
                    .contentType("application/merge-patch+json")
                    .header("If-Match", "\"" + article.getVersion() + "\"")
                    .body("{\"lead\":" + deep + "}")
                    .patch("/api/admin/articles/{id}", article.getId())
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", startsWith("lead[0]"))
                    .body("violations[0].message", startsWith("is nested too deeply"));
            asAdmin().get("/api/admin/articles/{id}", article.getId()).then().body("version", equalTo((int)
                    article.getVersion()));
        }

        @Test
        void aNulInAPatchIsNamedByTheFieldOfTheArticle() {
            Article article = data.draft(data.section("Patch hostile"), "Un brouillon");
            refusedNaming(
                    asAdmin()
                            .contentType("application/merge-patch+json")
                            .header("If-Match", "\"" + article.getVersion() + "\"")
                            .body("{\"title\":\"a\\u0000b\"}")
                            .patch("/api/admin/articles/{id}", article.getId())
                            .then(),
                    "title");
        }
    }

    @Nested
    class Cursors {

        String word = word();
        String section;

        String twoPagesOf(String path, String query) {
            section = data.section("Curseurs");
            data.published(section, "Le " + word + " un");
            data.published(section, "Le " + word + " deux");
            return anonymous()
                    .queryParam("limit", 1)
                    .queryParams(query.isEmpty() ? Map.of() : Map.of("q", query))
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("nextCursor");
        }

        @Test
        void aSearchCursorIsRefusedByTheListOfArticlesAndTheManagementList() {
            String cursor = twoPagesOf("/api/search", word);
            refusedNaming(
                            anonymous()
                                    .queryParam("cursor", cursor)
                                    .get("/api/articles")
                                    .then(),
                            "cursor")
                    .body("violations[0].message", equalTo("is not a cursor of this list"));
            refusedNaming(
                    asAdmin()
                            .queryParam("cursor", cursor)
                            .get("/api/admin/articles")
                            .then(),
                    "cursor");
            anonymous()
                    .queryParam("q", word)
                    .queryParam("cursor", cursor)
                    .get("/api/search")
                    .then()
                    .statusCode(200);
        }

        @Test
        void aListCursorIsRefusedBySearches() {
            String cursor = twoPagesOf("/api/articles", "");
            refusedNaming(
                    anonymous()
                            .queryParam("q", word)
                            .queryParam("cursor", cursor)
                            .get("/api/search")
                            .then(),
                    "cursor");
            refusedNaming(
                    asAdmin()
                            .queryParam("q", word)
                            .queryParam("cursor", cursor)
                            .get("/api/admin/articles")
                            .then(),
                    "cursor");
        }

        @Test
        void aGarbledOrForgedCursorIsRefused() {
            for (String forged : new String[] {
                "pas-un-curseur",
                encode("search|abc|1"),
                encode("search|NaN,2026-01-01T00:00:00Z|1"),
                encode("search|0.5,hier|1"),
                encode("search|0.5,2026-01-01T00:00:00Z|99999999999999999999"),
                encode("search|0.5,2026-01-01T00:00:00Z"),
                Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe})
            }) {
                refusedNaming(
                        anonymous()
                                .queryParam("q", "budget")
                                .queryParam("cursor", forged)
                                .get("/api/search")
                                .then(),
                        "cursor");
            }
            refusedNaming(
                    anonymous()
                            .queryParam("cursor", encode("tags|a\u0000b|1"))
                            .get("/api/tags")
                            .then(),
                    "cursor");
        }

        static String encode(String raw) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Nested
    class VanishingArticles {

        /**
         * The search finds two articles, then one is deleted before the articles are read: the
         * page shows the other one. The deletion is made to fall between the two queries by holding
         * a lock on {@code sections}, which only the second query reads.
         */
        @Test
        void anArticleDeletedWhileASearchRunsIsLeftOutOfThePage() throws Exception {
            String word = word();
            String section = data.section("Disparitions");
            Article kept = data.published(section, "Le " + word + " reste");
            Article deleted = data.published(section, "Le " + word + " disparaît");
            CompletableFuture<io.restassured.response.Response> search;
            try (Connection lock = database.getConnection()) {
                lock.setAutoCommit(false);
                lock.createStatement().execute("lock table sections in access exclusive mode");
                search = CompletableFuture.supplyAsync(
                        () -> anonymous().queryParam("q", word).get("/api/search"));
                Eventually.until("the search waits for the articles' sections", () -> waitsOnSections(lock));
                lock.createStatement().executeUpdate("delete from articles where id = " + deleted.getId());
                lock.commit();
            }
            var response = search.get(Eventually.DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.asString());
            response.then().body("items.slug", contains(kept.getSlug()));
        }

        /**
         * Whether the search's second query (two articles by id, with their sections) waits for the
         * lock. Inside a transaction PostgreSQL keeps the first pg_stat_activity it read until the
         * transaction ends, so each look clears that snapshot: otherwise the first look, taken before
         * the search arrived, would be seen again and again.
         */
        private boolean waitsOnSections(Connection lock) {
            try (var clear = lock.createStatement()) {
                clear.execute("select pg_stat_clear_snapshot()");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            try (ResultSet waiting = lock.createStatement()
                    .executeQuery("select count(*) from pg_locks l join pg_class c on c.oid = l.relation"
                            + " join pg_stat_activity a on a.pid = l.pid"
                            + " where c.relname = 'sections' and not l.granted and a.query like '% in ($1,$2)%'")) {
                waiting.next();
                return waiting.getInt(1) > 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A made-up word, unique to one test, that the French search finds only in its own articles. */
    static String word() {
        var random = new Random();
        var word = new StringBuilder("quor");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
