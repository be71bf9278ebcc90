package io.manchette.article.revision;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.manchette.security.Roles;
import io.manchette.support.NewArticle;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Revisions, restore, merge-patch edits and slug history: no edit is ever lost. */
@QuarkusTest
class RevisionAndPatchTest {

    @Inject
    TestData data;

    String section;
    String editor;
    long id;

    @BeforeEach
    void setUp() {
        section = data.section("Révisions");
        editor = data.user(Roles.EDITOR);
        id = as(editor)
                .body(article("Première version", "Premier paragraphe."))
                .post("/api/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    Map<String, Object> article(String title, String text) {
        return NewArticle.in(section, title).body(text).json();
    }

    RequestSpecification patch(String json) {
        return as(editor)
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body(json);
    }

    @Nested
    class Revisions {

        @Test
        void everySaveIsARevisionThatCanBeShownComparedAndRestored() {
            as(editor)
                    .header("If-Match", etag(0))
                    .body(article("Seconde version", "Paragraphe réécrit."))
                    .put("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(200);

            as(editor)
                    .get("/api/admin/articles/{id}/revisions", id)
                    .then()
                    .statusCode(200)
                    .body("items.number", contains(2, 1))
                    .body("items.author", contains(editor, editor));
            as(editor)
                    .get("/api/admin/articles/{id}/revisions/1", id)
                    .then()
                    .body("content.title", equalTo("Première version"))
                    .body("content.body[0].text", equalTo("Premier paragraphe."));
            as(editor)
                    .queryParam("from", 1)
                    .queryParam("to", 2)
                    .get("/api/admin/articles/{id}/revisions/diff", id)
                    .then()
                    .statusCode(200)
                    .body("changes.field", contains("body[0].text", "title"))
                    .body("changes[1].before", equalTo("Première version"))
                    .body("changes[1].after", equalTo("Seconde version"));

            as(editor)
                    .post("/api/admin/articles/{id}/revisions/1/restore", id)
                    .then()
                    .statusCode(428);
            as(editor)
                    .header("If-Match", etag(0))
                    .post("/api/admin/articles/{id}/revisions/1/restore", id)
                    .then()
                    .statusCode(412)
                    .body("currentVersion", equalTo(1));
            as(editor)
                    .header("If-Match", etag(1))
                    .post("/api/admin/articles/{id}/revisions/1/restore", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo(etag(2)))
                    .body("title", equalTo("Première version"));
            as(editor)
                    .get("/api/admin/articles/{id}/revisions", id)
                    .then()
                    .body("items.number", contains(3, 2, 1))
                    .body("items[0].note", equalTo("restored from revision 1"));
            asAdmin()
                    .queryParam("targetType", "article")
                    .queryParam("targetId", id)
                    .get("/api/admin/audit")
                    .then()
                    .body("items.action", contains("article.restore", "article.update", "article.create"))
                    .body("items[0].versionBefore", equalTo(1))
                    .body("items[0].versionAfter", equalTo(2))
                    .body("items[0].actor", equalTo(editor));
        }

        @Test
        void anUnknownRevisionIs404() {
            as(editor).get("/api/admin/articles/{id}/revisions/99", id).then().statusCode(404);
        }

        @Test
        void theRevisionsOfAnUnknownArticleAre404() {
            as(editor).get("/api/admin/articles/999999999/revisions").then().statusCode(404);
        }

        @Test
        void aDiffBetweenRevisionsThatAreNotNumbersIs400NamingTheParameter() {
            as(editor)
                    .queryParam("from", "un")
                    .queryParam("to", 1)
                    .get("/api/admin/articles/{id}/revisions/diff", id)
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("from"));
        }
    }

    @Nested
    class MergePatch {

        @Test
        void changesOnlyTheGivenFieldsUnderIfMatch() {
            patch("{\"title\": \"Titre corrigé\"}")
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(428);
            patch("{\"title\": \"Titre corrigé\"}")
                    .header("If-Match", etag(7))
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(412);
            patch("{\"title\": \"Titre corrigé\", \"reference\": true, \"seo\": {\"description\": \"Pour Google\"}}")
                    .header("If-Match", etag(0))
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo(etag(1)))
                    .body("title", equalTo("Titre corrigé"))
                    .body("reference", equalTo(true))
                    .body("seo.description", equalTo("Pour Google"))
                    .body("body[0].text", equalTo("Premier paragraphe."));
        }

        @Test
        void refusesAPatchThatBreaksTheArticle() {
            patch("{\"title\": null}")
                    .header("If-Match", etag(0))
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("title"));
            patch("{\"body\": [{\"type\": \"heading\", \"text\": \"x\", \"level\": 9}]}")
                    .header("If-Match", etag(0))
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("body[0].level"));
            patch("{\"title\": ")
                    .header("If-Match", etag(0))
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(400);
            as(editor)
                    .header("If-Match", etag(0))
                    .body(Map.of("title", "x"))
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(415);
        }
    }

    @Nested
    class SlugHistory {

        @Test
        void anOldSlugAnswers301ToTheCurrentOneAndIsNeverReused() {
            String oldSlug = as(editor)
                    .post("/api/admin/articles/{id}/publish", id)
                    .then()
                    .extract()
                    .path("slug");
            String newSlug = TestData.unique("nouveau-slug");
            patch("{\"slug\": \"" + newSlug + "\"}")
                    .header("If-Match", etag(1))
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("slug", equalTo(newSlug));

            anonymous()
                    .redirects()
                    .follow(false)
                    .get("/api/articles/{slug}", oldSlug)
                    .then()
                    .statusCode(301)
                    .header("Location", startsWith("http"))
                    .header("Location", org.hamcrest.Matchers.endsWith("/api/articles/" + newSlug));
            anonymous().get("/api/articles/{slug}", newSlug).then().statusCode(200);

            var taking = new java.util.HashMap<>(article("Un autre", "Texte."));
            taking.put("slug", oldSlug);
            as(editor).body(taking).post("/api/admin/articles").then().statusCode(409);
            as(editor)
                    .body(article("Première version", "Même titre que l’ancien slug."))
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(201)
                    .body("slug", org.hamcrest.Matchers.not(equalTo(oldSlug)));
        }

        @Test
        void anOldSlugOfAnUnpublishedArticleIs404() {
            String oldSlug = as(editor)
                    .get("/api/admin/articles/{id}", id)
                    .then()
                    .extract()
                    .path("slug");
            patch("{\"slug\": \"" + TestData.unique("autre") + "\"}")
                    .header("If-Match", etag(0))
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(200);
            anonymous()
                    .redirects()
                    .follow(false)
                    .get("/api/articles/{slug}", oldSlug)
                    .then()
                    .statusCode(404);
            asAdmin().get("/api/admin/audit?targetId=" + id).then().body("items.action", hasItem("article.patch"));
        }
    }
}
