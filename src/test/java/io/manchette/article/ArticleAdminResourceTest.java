package io.manchette.article;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.manchette.security.Roles;
import io.manchette.support.NewArticle;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleAdminResourceTest {

    @Inject
    TestData data;

    String editor;
    String section;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
        section = data.section("Monde");
    }

    Map<String, Object> article(String title) {
        return NewArticle.in(section, title)
                .lead("Trois mots ici.")
                .body("Un deux trois quatre cinq.")
                .json();
    }

    @Nested
    class Create {

        @Test
        void createsADraftWithLocationEtagAndComputedFigures() {
            String title = "Coup d’État au " + TestData.unique("pays");
            asAdmin()
                    .body(article(title))
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(201)
                    .header("Location", notNullValue())
                    .header("ETag", equalTo(etag(0)))
                    .header("Cache-Control", equalTo("no-store"))
                    .body("status", equalTo("DRAFT"))
                    .body("version", equalTo(0))
                    .body("slug", startsWith("coup-d-etat-au-pays-"))
                    .body("wordCount", equalTo(8))
                    .body("readingTimeMinutes", equalTo(1))
                    .body("language", equalTo("fr"))
                    .body("commentsOpen", equalTo(true))
                    .body("publishedAt", equalTo(null));
        }

        @Test
        void givesATakenTitleSlugANumericSuffix() {
            String title = "Grève " + TestData.unique("nationale");
            String first = asAdmin()
                    .body(article(title))
                    .post("/api/admin/articles")
                    .then()
                    .extract()
                    .path("slug");
            asAdmin()
                    .body(article(title))
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(201)
                    .body("slug", equalTo(first + "-2"));
        }

        @Test
        void refusesAnExplicitSlugThatIsTakenWith409() {
            var input = new java.util.HashMap<>(article("Premier"));
            input.put("slug", TestData.unique("pris"));
            asAdmin().body(input).post("/api/admin/articles").then().statusCode(201);
            asAdmin()
                    .body(input)
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/problems/conflict"));
        }

        @Test
        void countsWordsOverLeadAndBodyForTheReadingTime() {
            String longText = String.join(" ", java.util.Collections.nCopies(399, "mot"));
            var input = new java.util.HashMap<>(article("Long format"));
            input.put("lead", "Deux mots");
            input.put(
                    "body",
                    List.of(
                            Map.of("type", "paragraph", "text", longText),
                            Map.of("type", "list", "ordered", true, "items", List.of("un", "deux")),
                            Map.of("type", "image", "src", "https://img.example.org/a.jpg", "alt", "non compté")));
            asAdmin()
                    .body(input)
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(201)
                    .body("wordCount", equalTo(403))
                    .body("readingTimeMinutes", equalTo(3));
        }

        @Test
        void namesEveryInvalidFieldByItsJsonPath() {
            asAdmin()
                    .body(Map.of(
                            "title",
                            "",
                            "section",
                            "nulle-part",
                            "tags",
                            List.of("inconnu"),
                            "body",
                            List.of(
                                    Map.of("type", "heading", "text", "Titre", "level", 7),
                                    Map.of("type", "paragraph", "text", "<script>alert(1)</script>"),
                                    Map.of("type", "paragraph", "text", "[clic](javascript:alert(1))"))))
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/problems/validation"))
                    .body(
                            "violations.field",
                            containsInAnyOrder("body[0].level", "body[1].text", "body[2].text", "title"));
        }

        @Test
        void namesUnknownSectionAndTagsOnceSyntaxIsValid() {
            var input = new java.util.HashMap<>(article("Relations inconnues"));
            input.put("section", "nulle-part");
            input.put("tags", List.of("inconnu"));
            input.put("authors", List.of("personne"));
            asAdmin()
                    .body(input)
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .body("violations.field", containsInAnyOrder("section", "tags[0]", "authors[0]"));
        }

        @Test
        void refusesUnknownBlockTypesWrongTypesAndUnknownFields() {
            var unknownType = new java.util.HashMap<>(article("Bloc inconnu"));
            unknownType.put("body", List.of(Map.of("type", "video", "url", "https://v.example.org")));
            asAdmin()
                    .body(unknownType)
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("body[0].type"));

            var wrongType = new java.util.HashMap<>(article("Mauvais type"));
            wrongType.put("reference", "peut-être");
            asAdmin()
                    .body(wrongType)
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("reference"));

            var misspelt = new java.util.HashMap<>(article("Faute de frappe"));
            misspelt.put("secton", "monde");
            asAdmin()
                    .body(misspelt)
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("secton"));
        }

        @Test
        void refusesMalformedJsonAndAMissingBody() {
            asAdmin()
                    .body("{\"title\": ")
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .body("type", endsWith("/problems/malformed-request"));
            asAdmin()
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .body("type", endsWith("/problems/malformed-request"));
        }

        @Test
        void needsAnEditorOrAnAdmin() {
            anonymous()
                    .body(article("Anonyme"))
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", startsWith("Basic"))
                    .contentType("application/problem+json");
            as(editor)
                    .body(article("Par un éditeur"))
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(201);
            io.restassured.RestAssured.given()
                    .auth()
                    .preemptive()
                    .basic(editor, "mauvais-mot-de-passe")
                    .contentType("application/json")
                    .body(article("Mauvais mot de passe"))
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(401);
        }
    }

    @Nested
    class Update {

        @Test
        void twoEditsFromTheSameVersionGiveOne200AndOne412() {
            long id = data.draft(section, "Version initiale").getId();
            var edit = article("Première modification");

            as(editor)
                    .header("If-Match", etag(0))
                    .body(edit)
                    .put("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo(etag(1)))
                    .body("title", equalTo("Première modification"))
                    .body("version", equalTo(1));
            as(editor)
                    .header("If-Match", etag(0))
                    .body(article("Seconde modification"))
                    .put("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(412)
                    .contentType("application/problem+json")
                    .body("currentVersion", equalTo(1));
            asAdmin().get("/api/admin/articles/{id}", id).then().body("title", equalTo("Première modification"));
        }

        @Test
        void needsIfMatch() {
            long id = data.draft(section, "Sans précondition").getId();
            as(editor)
                    .body(article("Tentative"))
                    .put("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(428)
                    .body("type", endsWith("/problems/precondition-required"));
            as(editor)
                    .header("If-Match", "W/\"0\"")
                    .body(article("Étiquette faible"))
                    .put("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(412);
        }

        @Test
        void keepsTheSlugUnlessAnotherIsGivenAndRecomputesFigures() {
            Article draft = data.draft(section, "Titre d’origine");
            var edit = new java.util.HashMap<>(article("Un tout autre titre"));
            edit.put("body", List.of(Map.of("type", "paragraph", "text", "Un.")));
            as(editor)
                    .header("If-Match", etag(draft.getVersion()))
                    .body(edit)
                    .put("/api/admin/articles/{id}", draft.getId())
                    .then()
                    .statusCode(200)
                    .body("slug", equalTo(draft.getSlug()))
                    .body("wordCount", equalTo(4));
        }

        @Test
        void answers404ForAnUnknownArticle() {
            as(editor)
                    .header("If-Match", etag(0))
                    .body(article("Fantôme"))
                    .put("/api/admin/articles/{id}", 999_999_999)
                    .then()
                    .statusCode(404);
        }
    }

    @Nested
    class Delete {

        @Test
        void deletesWithTheCurrentVersionOnly() {
            Article draft = data.draft(section, "À supprimer");
            as(editor).delete("/api/admin/articles/{id}", draft.getId()).then().statusCode(428);
            as(editor)
                    .header("If-Match", etag(draft.getVersion() + 1))
                    .delete("/api/admin/articles/{id}", draft.getId())
                    .then()
                    .statusCode(412);
            as(editor)
                    .header("If-Match", etag(draft.getVersion()))
                    .delete("/api/admin/articles/{id}", draft.getId())
                    .then()
                    .statusCode(204);
            as(editor).get("/api/admin/articles/{id}", draft.getId()).then().statusCode(404);
        }
    }

    @Nested
    class PublishAndUnpublish {

        @Test
        void publishingShowsTheArticleAndUnpublishingHidesItAgain() {
            Article draft = data.draft(section, "Bientôt en ligne");
            anonymous().get("/api/articles/{slug}", draft.getSlug()).then().statusCode(404);

            String publishedAt = as(editor)
                    .post("/api/admin/articles/{id}/publish", draft.getId())
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("PUBLISHED"))
                    .body("publishedAt", notNullValue())
                    .extract()
                    .path("publishedAt");
            anonymous().get("/api/articles/{slug}", draft.getSlug()).then().statusCode(200);

            as(editor)
                    .post("/api/admin/articles/{id}/unpublish", draft.getId())
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DRAFT"));
            anonymous().get("/api/articles/{slug}", draft.getSlug()).then().statusCode(404);

            as(editor)
                    .post("/api/admin/articles/{id}/publish", draft.getId())
                    .then()
                    .body("publishedAt", equalTo(publishedAt));
        }

        @Test
        void checksIfMatchWhenSent() {
            Article draft = data.draft(section, "Publication conditionnelle");
            as(editor)
                    .header("If-Match", etag(draft.getVersion() + 5))
                    .post("/api/admin/articles/{id}/publish", draft.getId())
                    .then()
                    .statusCode(412);
        }

        @Test
        void needsARole() {
            Article draft = data.draft(section, "Publication anonyme");
            anonymous()
                    .post("/api/admin/articles/{id}/publish", draft.getId())
                    .then()
                    .statusCode(401);
            as(data.user())
                    .post("/api/admin/articles/{id}/publish", draft.getId())
                    .then()
                    .statusCode(403);
        }
    }

    @Nested
    class ListForAdmin {

        @Test
        void showsEveryStateAndFiltersByStatus() {
            String draft = data.draft(section, "Liste brouillon").getSlug();
            String published = data.published(section, "Liste publiée").getSlug();

            asAdmin()
                    .queryParam("section", section)
                    .get("/api/admin/articles")
                    .then()
                    .statusCode(200)
                    .header("Cache-Control", equalTo("no-store"))
                    .body("items.slug", contains(published, draft))
                    .body("items.status", contains("PUBLISHED", "DRAFT"));
            asAdmin()
                    .queryParam("section", section)
                    .queryParam("status", "DRAFT")
                    .get("/api/admin/articles")
                    .then()
                    .body("items.slug", contains(draft))
                    .body("items.status", everyItem(equalTo("DRAFT")));
            asAdmin()
                    .queryParam("status", "LOST")
                    .get("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("status"));
        }

        @Test
        void pagesWithACursor() {
            for (int i = 0; i < 3; i++) {
                data.draft(section, "Page " + i);
            }
            String cursor = asAdmin()
                    .queryParam("section", section)
                    .queryParam("limit", 2)
                    .get("/api/admin/articles")
                    .then()
                    .body("items.size()", equalTo(2))
                    .extract()
                    .path("nextCursor");
            asAdmin()
                    .queryParam("section", section)
                    .queryParam("limit", 2)
                    .queryParam("cursor", cursor)
                    .get("/api/admin/articles")
                    .then()
                    .body("items.size()", equalTo(1))
                    .body("items.title", not(hasItem("Page 2")))
                    .body("nextCursor", equalTo(null));
        }

        @Test
        void isRefusedToAUserWithoutARole() {
            as(data.user())
                    .get("/api/admin/articles")
                    .then()
                    .statusCode(403)
                    .body("type", endsWith("/problems/forbidden"));
        }
    }
}
