package io.manchette.feed;

import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static io.manchette.support.Api.reader;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.Eventually;
import io.manchette.support.NewArticle;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-process cache of public responses never shows what changed: every trigger empties it, on
 * this instance at commit and on every instance through PostgreSQL's notifications.
 */
@QuarkusTest
class ResponseCacheTest {

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    String editor;
    String section;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
        section = data.section("Cache");
    }

    /** Reads twice, so that the second answer comes from the cache. */
    static ExtractableResponse<Response> warm(String path) {
        given().get(path).then().statusCode(200);
        return given().get(path).then().statusCode(200).extract();
    }

    /** Reads {@code path} until its answer meets {@code condition}, within {@link Eventually#DEADLINE}. */
    static void eventually(String path, Predicate<ExtractableResponse<Response>> condition) {
        Eventually.until(
                path + " changes", () -> condition.test(given().get(path).then().extract()));
    }

    Map<String, Object> article(String title) {
        return NewArticle.in(section, title).body("Texte en cache.").json();
    }

    @Test
    void anEditShowsAtOnce() {
        Article article = data.published(section, "Avant la modification");
        String path = "/api/articles/" + article.getSlug();
        String before = warm(path).header("ETag");
        as(editor)
                .header("If-Match", etag(article.getVersion()))
                .body(article("Après la modification"))
                .put("/api/admin/articles/{id}", article.getId())
                .then()
                .statusCode(200);
        var after = given().get(path)
                .then()
                .statusCode(200)
                .body("title", equalTo("Après la modification"))
                .extract();
        assertNotEquals(before, after.header("ETag"));
    }

    @Test
    void publishingAndUnpublishingShowAtOnceAndNoUnpublishedArticleIsServed() {
        Article article = data.published(section, "Bientôt retiré");
        String list = "/api/articles?section=" + section;
        warm(list);
        warm("/api/articles/" + article.getSlug());
        as(editor)
                .post("/api/admin/articles/{id}/unpublish", article.getId())
                .then()
                .statusCode(200);
        given().get("/api/articles/{slug}", article.getSlug()).then().statusCode(404);
        given().get(list).then().body("items.slug", not(hasItem(article.getSlug())));
        as(editor)
                .post("/api/admin/articles/{id}/publish", article.getId())
                .then()
                .statusCode(200);
        given().get(list).then().body("items.slug", hasItem(article.getSlug()));
    }

    @Test
    void aScheduledPublicationShowsWhenItFires() {
        String list = "/api/articles?section=" + section;
        warm(list);
        Instant publishAt = TestClock.now().plus(Duration.ofHours(1));
        long id = as(editor)
                .body(article("Programmé en cache"))
                .post("/api/admin/articles")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        as(editor)
                .body(Map.of("publishAt", publishAt.toString()))
                .post("/api/admin/articles/{id}/schedule", id)
                .then()
                .statusCode(200);
        warm(list);
        TestClock.advance(Duration.ofHours(1).plusSeconds(1));
        eventually(list, r -> r.jsonPath().getList("items.title").contains("Programmé en cache"));
    }

    @Test
    void anApprovedCommentASectionOrTagRenameAndTheFrontPageShowAtOnce() {
        var tag = data.tagEntity("Étiquette");
        var sectionEntity = data.sectionEntity(null, "Rubrique " + TestData.unique("c"));
        Article article = data.published(
                TestData.input(sectionEntity.getPath(), "Tout change", List.of(tag.getSlug()), List.of(), false));
        String path = "/api/articles/" + article.getSlug();
        warm(path);

        long comment = reader().body(Map.of("authorName", "A", "body", "Oui."))
                .post(path + "/comments")
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        as(editor).post("/api/admin/comments/{id}/approve", comment).then().statusCode(200);
        given().get(path).then().body("commentCount", equalTo(1));

        asAdmin()
                .header("If-Match", etag(sectionEntity.getVersion()))
                .body(Map.of("name", "Rubrique renommée"))
                .put("/api/admin/sections/{id}", sectionEntity.getId())
                .then()
                .statusCode(200);
        given().get(path).then().body("section.name", equalTo("Rubrique renommée"));

        asAdmin()
                .header("If-Match", etag(tag.getVersion()))
                .body(Map.of("name", "Étiquette renommée"))
                .put("/api/admin/tags/{id}", tag.getId())
                .then()
                .statusCode(200);
        given().get(path).then().body("tags[0].name", equalTo("Étiquette renommée"));

        warm("/api/front-page");
        long version = asAdmin()
                .get("/api/admin/front-page")
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        asAdmin()
                .header("If-Match", etag(version))
                .body(Map.of("slugs", List.of(article.getSlug())))
                .put("/api/admin/front-page")
                .then()
                .statusCode(200);
        given().get("/api/front-page").then().body("items.slug", equalTo(List.of(article.getSlug())));
    }

    @Test
    void aChangeCommittedElsewhereShowsThroughTheNotification() {
        Article article = data.published(section, "Changé par une autre instance");
        String path = "/api/articles/" + article.getSlug();
        warm(path);
        // Straight SQL, as another instance's commit would arrive: no local hook, only NOTIFY.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update articles set title = 'Titre changé ailleurs' where id = ?1")
                        .setParameter(1, article.getId())
                        .executeUpdate());
        eventually(path, r -> "Titre changé ailleurs".equals(r.path("title")));
    }

    @Test
    void aCachedAnswerRevalidatesWith304() {
        Article article = data.published(section, "Revalidé depuis le cache");
        String path = "/api/articles/" + article.getSlug();
        String tag = warm(path).header("ETag");
        given().header("If-None-Match", tag).get(path).then().statusCode(304).header("ETag", equalTo(tag));
        given().header("Origin", "https://app.example.org")
                .get(path)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.notNullValue());
        given().accept("text/html").get(path).then().statusCode(406);
    }
}
