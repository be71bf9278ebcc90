package io.manchette.delivery;

import static io.manchette.support.Api.as;
import static io.manchette.support.Api.etag;
import static io.manchette.support.Api.reader;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.Api;
import io.manchette.support.ChangesHeard;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change drops exactly the cached answers that show what it touched, and no others: each test
 * proves, with {@code Cache-Status}, that what should stay is still a hit.
 */
@QuarkusTest
class CacheInvalidationTest {

    static final String HIT = "Manchette; hit";

    @Inject
    TestData data;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    String editor;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
    }

    static ExtractableResponse<Response> read(String path) {
        return given().get(path).then().statusCode(200).extract();
    }

    /**
     * Reads until the answer comes from the cache, and proves it does (the notification of the
     * fixture's own commit may drop the first answer stored).
     */
    static void warm(String... paths) {
        for (String path : paths) {
            Api.warmCache(path);
        }
    }

    /** The write's own notification has been heard, and the answer is still the cached one. */
    static void assertHit(String path) {
        ChangesHeard.await();
        assertEquals(HIT, read(path).header("Cache-Status"), path + " should have stayed in the cache");
    }

    static ExtractableResponse<Response> assertRecomputed(String path) {
        var answer = read(path);
        assertThat(path + " should have been dropped", answer.header("Cache-Status"), startsWith("Manchette; fwd="));
        return answer;
    }

    void retitle(Article article, String title) {
        as(editor)
                .header("If-Match", etag(article.getVersion()))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\": \"" + title + "\"}")
                .patch("/api/admin/articles/{id}", article.getId())
                .then()
                .statusCode(200);
    }

    @Test
    void theFirstReadIsStoredAndTheNextOneIsAHit() {
        Article article = data.published(data.section("Statut"), "Lu deux fois");
        String path = "/api/articles/" + article.getSlug();
        ChangesHeard.await();
        assertEquals("Manchette; fwd=miss; stored", read(path).header("Cache-Status"));
        assertEquals(HIT, read(path).header("Cache-Status"));
    }

    @Test
    void anEditDropsItsArticleAndLeavesEveryOtherArticleCached() {
        String section = data.section("Édition");
        Article edited = data.published(section, "Avant la retouche");
        Article other = data.published(section, "Voisin inchangé");
        String editedPath = "/api/articles/" + edited.getSlug();
        String otherPath = "/api/articles/" + other.getSlug();
        warm(editedPath, otherPath);

        retitle(edited, "Après la retouche");

        assertEquals("Après la retouche", assertRecomputed(editedPath).path("title"));
        assertHit(otherPath);
    }

    @Test
    void aPublicationInEuropeLeavesTheSportsListsCached() {
        String monde = data.section("Monde");
        String europe = data.section(monde, TestData.unique("Europe"));
        String sports = data.section("Sports");
        data.published(sports, "Le derby en prolongations");
        data.published(europe, "Sommet à Bruxelles");
        String sportsList = "/api/articles?section=" + sports;
        String sportsPage = "/api/sections/" + sports + "/articles";
        String mondeList = "/api/articles?section=" + monde;
        String europePage = "/api/sections/" + europe + "/articles";
        warm(sportsList, sportsPage, mondeList, europePage, "/api/feed");

        Article news = data.published(europe, "Accord trouvé à l’aube");

        assertHit(sportsList);
        assertHit(sportsPage);
        for (String list : List.of(mondeList, europePage)) {
            assertThat(assertRecomputed(list).<List<String>>path("items.slug"), hasItem(news.getSlug()));
        }
        assertThat(assertRecomputed("/api/feed").<List<String>>path("items.slug"), hasItem(news.getSlug()));
    }

    @Test
    void anApprovedCommentDropsItsArticleAndTheListsShowingItsCountOnly() {
        String commented = data.section("Débat");
        String quiet = data.section("Calme");
        Article article = data.published(commented, "On en parle");
        Article elsewhere = data.published(quiet, "Personne n’en parle");
        int comment = reader().body(Map.of("authorName", "Jeanne", "body", "Bien vu."))
                .post("/api/articles/{slug}/comments", article.getSlug())
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        String page = "/api/articles/" + article.getSlug();
        String thread = page + "/comments";
        String list = "/api/sections/" + commented + "/articles";
        String otherPage = "/api/articles/" + elsewhere.getSlug();
        String otherList = "/api/sections/" + quiet + "/articles";
        warm(page, thread, list, otherPage, otherList);

        as(editor).post("/api/admin/comments/{id}/approve", comment).then().statusCode(200);

        assertEquals(1, (int) assertRecomputed(page).path("commentCount"));
        assertEquals(1, assertRecomputed(thread).<List<?>>path("items").size());
        assertEquals(1, (int) assertRecomputed(list).path("items[0].commentCount"));
        assertHit(otherPage);
        assertHit(otherList);
    }

    @Test
    void aRenamedSectionDropsTheBreadcrumbsBelowItAndNothingElse() {
        var monde = data.sectionEntity(null, TestData.unique("Monde"));
        String asie = data.section(monde.getPath(), TestData.unique("Asie"));
        String culture = data.section("Culture");
        Article below = data.published(asie, "Mousson précoce");
        Article apart = data.published(culture, "Un festival sous la pluie");
        warm("/api/articles/" + below.getSlug(), "/api/articles/" + apart.getSlug());

        as(editor)
                .header("If-Match", etag(monde.getVersion()))
                .body(Map.of("name", "Le monde", "slug", monde.getSlug(), "position", 0))
                .put("/api/admin/sections/{id}", monde.getId())
                .then()
                .statusCode(200);

        var breadcrumb = assertRecomputed("/api/articles/" + below.getSlug()).<List<String>>path("breadcrumb.name");
        assertThat(breadcrumb, hasItem("Le monde"));
        assertHit("/api/articles/" + apart.getSlug());
    }

    @Test
    void answersCarryTheKeysOfWhatTheyShowForCdns() {
        String section = data.section("Clés");
        String tag = data.tag("Marqueur");
        Article article = data.published(section, "Une page et ses clés", List.of(tag));
        String keys = read("/api/articles/" + article.getSlug()).header("Surrogate-Key");
        assertThat(keys, containsString("article:" + article.getId()));
        assertThat(keys, containsString("section:" + article.getSection().getId()));
        assertThat(keys, containsString("tag:" + article.getTags().get(0).getId()));
        String listKeys = read("/api/sections/" + section + "/articles").header("Surrogate-Key");
        assertThat(
                listKeys,
                containsString("articles:section:" + article.getSection().getId()));
        assertThat(listKeys, containsString("article:" + article.getId()));
        // Cached, the same keys go out again.
        assertEquals(keys, read("/api/articles/" + article.getSlug()).header("Surrogate-Key"));
    }

    @Test
    void aChangeWrittenByAnotherProcessIsHeardThroughTheDatabase() throws Exception {
        Article article = data.published(data.section("Ailleurs"), "Écrit par ici");
        Article other = data.published(data.section("Ailleurs"), "Jamais touché");
        String path = "/api/articles/" + article.getSlug();
        warm(path, "/api/articles/" + other.getSlug());
        try (var connection = DriverManager.getConnection(databaseUrl, "postgres", null);
                var statement = connection.prepareStatement("update articles set title = ? where id = ?")) {
            statement.setString(1, "Écrit par une autre instance");
            statement.setLong(2, article.getId());
            statement.executeUpdate();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!"Écrit par une autre instance".equals(read(path).path("title"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the change written in SQL was never heard");
            }
            Thread.onSpinWait();
        }
        assertHit("/api/articles/" + other.getSlug());
    }

    @Test
    void anUnpublishedArticleLeavesItsListsAtOnce() {
        String section = data.section("Retrait");
        Article article = data.published(section, "Bientôt retiré");
        String list = "/api/sections/" + section + "/articles";
        warm(list, "/api/articles/" + article.getSlug());
        as(editor)
                .post("/api/admin/articles/{id}/unpublish", article.getId())
                .then()
                .statusCode(200);
        given().get("/api/articles/{slug}", article.getSlug()).then().statusCode(404);
        assertThat(assertRecomputed(list).<List<String>>path("items.slug"), not(hasItem(article.getSlug())));
    }
}
