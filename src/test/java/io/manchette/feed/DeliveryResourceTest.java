package io.manchette.feed;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static io.manchette.support.Api.reader;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.NewArticle;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliveryResourceTest {

    @Inject
    TestData data;

    @Nested
    class FilInfo {

        @Test
        void listsNewestFirstWithLightItemsAndNeverRepeatsOrSkipsWhilePublishing() {
            String section = data.section("Fil");
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                expected.add(0, data.published(section, "Dépêche " + i).getSlug());
            }
            var first = anonymous()
                    .queryParam("limit", 2)
                    .get("/api/feed")
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(expected.get(0), expected.get(1)))
                    .body("items[0].section.path", equalTo(section))
                    .body("items[0].publishedAt", notNullValue())
                    .body("items[0].lead", equalTo(null))
                    .extract();
            data.published(section, "Dépêche publiée entre deux pages");
            List<String> seen = new ArrayList<>(first.path("items.slug"));
            String cursor = first.path("nextCursor");
            while (seen.size() < expected.size()) {
                var page = anonymous()
                        .queryParam("limit", 2)
                        .queryParam("cursor", cursor)
                        .get("/api/feed")
                        .then()
                        .statusCode(200)
                        .extract();
                seen.addAll(page.path("items.slug"));
                cursor = page.path("nextCursor");
            }
            assertEquals(expected, seen.subList(0, expected.size()));
        }

        @Test
        void theFrontTabShowsOnlyPublishedArticlesOfTheFrontPage() {
            String section = data.section("Une");
            Article onFront = data.published(section, "À la une et publié");
            Article notOnFront = data.published(section, "Pas à la une");
            setFrontPage(List.of(onFront.getSlug()));

            anonymous()
                    .queryParam("scope", "front")
                    .queryParam("limit", 100)
                    .get("/api/feed")
                    .then()
                    .statusCode(200)
                    .body("items.slug", hasItem(onFront.getSlug()))
                    .body("items.slug", not(hasItem(notOnFront.getSlug())));
            anonymous().queryParam("scope", "partout").get("/api/feed").then().statusCode(400);
        }
    }

    @Nested
    class FrontPage {

        @Test
        void showsTheEditorsOrderAndDropsAnUnpublishedArticle() {
            String section = data.section("Accueil");
            Article first = data.published(section, "Premier à la une");
            Article second = data.published(section, "Second à la une");
            Article draft = data.draft(section, "Brouillon à la une");
            setFrontPage(List.of(second.getSlug(), first.getSlug(), draft.getSlug()));

            anonymous()
                    .get("/api/front-page")
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(second.getSlug(), first.getSlug()));

            as(data.user(Roles.EDITOR))
                    .post("/api/admin/articles/{id}/unpublish", second.getId())
                    .then()
                    .statusCode(200);
            anonymous().get("/api/front-page").then().body("items.slug", contains(first.getSlug()));
            asAdmin()
                    .get("/api/admin/front-page")
                    .then()
                    .body("articles.slug", contains(second.getSlug(), first.getSlug(), draft.getSlug()));
        }

        @Test
        void needsAnEditorIfMatchAndKnownSlugs() {
            anonymous()
                    .body(Map.of("slugs", List.of()))
                    .put("/api/admin/front-page")
                    .then()
                    .statusCode(401);
            as(data.user(Roles.MODERATOR))
                    .body(Map.of("slugs", List.of()))
                    .put("/api/admin/front-page")
                    .then()
                    .statusCode(403);
            String editor = data.user(Roles.EDITOR);
            as(editor)
                    .body(Map.of("slugs", List.of()))
                    .put("/api/admin/front-page")
                    .then()
                    .statusCode(428);
            long version = as(editor)
                    .get("/api/admin/front-page")
                    .then()
                    .extract()
                    .jsonPath()
                    .getLong("version");
            as(editor)
                    .header("If-Match", etag(version + 1))
                    .body(Map.of("slugs", List.of()))
                    .put("/api/admin/front-page")
                    .then()
                    .statusCode(412);
            as(editor)
                    .header("If-Match", etag(version))
                    .body(Map.of("slugs", List.of("n-existe-pas")))
                    .put("/api/admin/front-page")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("slugs[0]"));
        }
    }

    @Nested
    class Related {

        @Test
        void showsTheSameSectionFirstThenSharedTagsNewestFirstNeverItself() {
            String section = data.section("Europe");
            String other = data.section("Monde");
            String tag = data.tag("Élections");
            Article article = data.published(section, "L’article lu", List.of(tag));
            Article olderSameSection = data.published(section, "Même rubrique, plus ancien");
            Article sharedTag = data.published(other, "Même sujet ailleurs", List.of(tag));
            Article newerSameSection = data.published(section, "Même rubrique, plus récent");
            data.published(other, "Sans rapport");

            anonymous()
                    .get("/api/articles/{slug}/related", article.getSlug())
                    .then()
                    .statusCode(200)
                    .body(
                            "slug",
                            contains(newerSameSection.getSlug(), olderSameSection.getSlug(), sharedTag.getSlug()));
            anonymous()
                    .queryParam("limit", 1)
                    .get("/api/articles/{slug}/related", article.getSlug())
                    .then()
                    .body("slug", contains(newerSameSection.getSlug()));
            anonymous().get("/api/articles/n-existe-pas/related").then().statusCode(404);
        }
    }

    @Nested
    class References {

        @Test
        void editorsMarkAnArticleAsAReference() {
            String section = data.section("Dossiers");
            Article article = data.published(section, "Comprendre le budget");
            var input = NewArticle.in(section, "Comprendre le budget")
                    .with("reference", true)
                    .body("Tout sur le budget.")
                    .json();
            as(data.user(Roles.EDITOR))
                    .header("If-Match", etag(article.getVersion()))
                    .body(input)
                    .put("/api/admin/articles/{id}", article.getId())
                    .then()
                    .statusCode(200)
                    .body("reference", equalTo(true));
            anonymous()
                    .queryParam("reference", true)
                    .queryParam("section", section)
                    .get("/api/articles")
                    .then()
                    .body("items.slug", contains(article.getSlug()));
        }
    }

    @Nested
    class HttpCaching {

        @Test
        void answersWithAStrongEtagAndA304WithoutBody() {
            Article article = data.published(data.section("Cache"), "Article en cache");
            String tag = anonymous()
                    .get("/api/articles/{slug}", article.getSlug())
                    .then()
                    .statusCode(200)
                    .header("ETag", startsWith("\""))
                    .header("Cache-Control", containsString("public"))
                    .header("Cache-Control", containsString("max-age=60"))
                    .header("Cache-Control", containsString("stale-while-revalidate=300"))
                    .extract()
                    .header("ETag");
            given().header("If-None-Match", tag)
                    .get("/api/articles/{slug}", article.getSlug())
                    .then()
                    .statusCode(304)
                    .header("ETag", equalTo(tag))
                    .body(emptyString());
            given().header("If-None-Match", "\"autre\"")
                    .get("/api/articles/{slug}", article.getSlug())
                    .then()
                    .statusCode(200);
        }

        @Test
        void everyPublicListRevalidates() {
            Article article = data.published(data.section("Listes"), "Pour les listes");
            for (String path : List.of(
                    "/api/articles",
                    "/api/feed",
                    "/api/front-page",
                    "/api/sections",
                    "/api/tags",
                    "/api/authors",
                    "/api/articles/" + article.getSlug() + "/comments",
                    "/api/articles/" + article.getSlug() + "/related",
                    "/feeds/rss.xml",
                    "/sitemap.xml",
                    "/sitemap-news.xml")) {
                String tag = given().get(path).then().statusCode(200).extract().header("ETag");
                given().header("If-None-Match", tag).get(path).then().statusCode(304);
            }
        }

        @Test
        void theEtagChangesAfterAnEditAnApprovedCommentAndASectionRename() {
            var section = data.sectionEntity(null, "Rubrique " + TestData.unique("x"));
            Article article = data.published(section.getPath(), "Article suivi");
            String path = "/api/articles/" + article.getSlug();
            String before = etagOf(path);

            String editor = data.user(Roles.EDITOR);
            as(editor)
                    .header("If-Match", etag(article.getVersion()))
                    .body(NewArticle.in(section.getPath(), "Article suivi, mis à jour")
                            .body("Nouveau texte.")
                            .json())
                    .put("/api/admin/articles/{id}", article.getId())
                    .then()
                    .statusCode(200);
            String afterEdit = etagOf(path);
            assertNotEquals(before, afterEdit);

            String comments = path + "/comments";
            String commentsBefore = etagOf(comments);
            long id = reader().body(Map.of("authorName", "Lecteur", "body", "Bravo."))
                    .post(comments)
                    .then()
                    .statusCode(202)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            assertEquals(afterEdit, etagOf(path), "a pending comment shows nowhere");
            as(editor).post("/api/admin/comments/{id}/approve", id).then().statusCode(200);
            String afterComment = etagOf(path);
            assertNotEquals(afterEdit, afterComment);
            assertNotEquals(commentsBefore, etagOf(comments));

            asAdmin()
                    .header("If-Match", etag(section.getVersion()))
                    .body(Map.of("name", "Rubrique renommée", "slug", section.getSlug()))
                    .put("/api/admin/sections/{id}", section.getId())
                    .then()
                    .statusCode(200);
            given().get(path).then().body("section.name", equalTo("Rubrique renommée"));
            assertNotEquals(afterComment, etagOf(path));
        }

        @Test
        void managementAnswersAreNeverStored() {
            asAdmin().get("/api/admin/front-page").then().header("Cache-Control", equalTo("no-store"));
        }

        String etagOf(String path) {
            return given().get(path).then().statusCode(200).extract().header("ETag");
        }
    }

    @Nested
    class Cors {

        @Test
        void letsFrontEndsOnOtherOriginsReadTheApiAndItsEtag() {
            given().header("Origin", "https://app.example.org")
                    .header("Access-Control-Request-Method", "GET")
                    .options("/api/articles")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", notNullValue());
            given().header("Origin", "https://app.example.org")
                    .get("/api/sections")
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", notNullValue())
                    .header("Access-Control-Expose-Headers", containsString("ETag"));
        }
    }

    void setFrontPage(List<String> slugs) {
        String editor = data.user(Roles.EDITOR);
        long version = as(editor)
                .get("/api/admin/front-page")
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        as(editor)
                .header("If-Match", etag(version))
                .body(Map.of("slugs", slugs))
                .put("/api/admin/front-page")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag(version + 1)));
    }
}
