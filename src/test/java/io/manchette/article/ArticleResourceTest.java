package io.manchette.article;

import static io.manchette.support.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleResourceTest {

    @Inject
    TestData data;

    @Nested
    class GetBySlug {

        @Test
        void returnsTheFullShapeWithBreadcrumbFromHomeToSection() {
            String monde = data.section("Monde");
            String europe = data.section(monde, "Europe");
            String tag = data.tag("Kazakhstan");
            String author = data.author("Claire Dumont");
            Article article = data.published(TestData.input(
                    europe, "Kazakhstan : l’armée reprend l’aéroport", List.of(tag), List.of(author), false));

            anonymous()
                    .get("/api/articles/{slug}", article.getSlug())
                    .then()
                    .statusCode(200)
                    .body("slug", equalTo(article.getSlug()))
                    .body("title", equalTo("Kazakhstan : l’armée reprend l’aéroport"))
                    .body("lead", equalTo("Un chapeau qui résume l’essentiel."))
                    .body("breadcrumb.name", contains("Accueil", "Monde", "Europe"))
                    .body("breadcrumb.path", contains("", monde, europe))
                    .body("section.path", equalTo(europe))
                    .body("body.type", contains("paragraph", "heading", "quote"))
                    .body("body[1].level", equalTo(2))
                    .body("body[2].attribution", equalTo("Une diplomate"))
                    .body("tags.slug", contains(tag))
                    .body("authors.name", contains("Claire Dumont"))
                    .body("wordCount", equalTo(19))
                    .body("readingTimeMinutes", equalTo(1))
                    .body("commentCount", equalTo(0))
                    .body("commentsOpen", equalTo(true))
                    .body("language", equalTo("fr"))
                    .body("publishedAt", notNullValue())
                    .body("seo.title", equalTo("Kazakhstan : l’armée reprend l’aéroport"))
                    .body("id", nullValue())
                    .body("status", nullValue());
        }

        @Test
        void hidesDrafts() {
            Article draft = data.draft(data.section("Monde"), "Un brouillon confidentiel");

            anonymous()
                    .get("/api/articles/{slug}", draft.getSlug())
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/problems/not-found"))
                    .body("status", equalTo(404));
        }

        @Test
        void answersUnknownSlugsWith404() {
            anonymous().get("/api/articles/n-existe-pas").then().statusCode(404);
        }
    }

    @Nested
    class ListArticles {

        @Test
        void includesSubSectionsAndExcludesDraftsNewestFirst() {
            String monde = data.section("Monde");
            String europe = data.section(monde, "Europe");
            String older = data.published(monde, "Sommet à Genève").getSlug();
            String newer = data.published(europe, "Élections en Pologne").getSlug();
            data.draft(europe, "Pas encore prêt");

            anonymous()
                    .queryParam("section", monde)
                    .get("/api/articles")
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(newer, older))
                    .body("items[0].section.path", equalTo(europe))
                    .body("items[0].readingTimeMinutes", equalTo(1))
                    .body("items[0].body", nullValue())
                    .body("nextCursor", nullValue());
        }

        @Test
        void filtersByTagAuthorReferenceAndLanguage() {
            String section = data.section("Culture");
            String tag = data.tag("Cinéma");
            String author = data.author("Louis Martin");
            String tagged = data.published(TestData.input(section, "Festival de films", List.of(tag), List.of(), false))
                    .getSlug();
            String signed = data.published(
                            TestData.input(section, "Critique du jour", List.of(), List.of(author), false))
                    .getSlug();
            String reference = data.published(TestData.input(section, "Histoire du cinéma", List.of(), List.of(), true))
                    .getSlug();
            var english = TestData.input(section, "Film festival", List.of(), List.of(), false);
            String englishSlug = data.published(new ArticleInput(
                            null,
                            english.title(),
                            english.slug(),
                            english.lead(),
                            null,
                            english.body(),
                            section,
                            List.of(),
                            List.of(),
                            "en",
                            false,
                            true,
                            null,
                            null))
                    .getSlug();

            anonymous().queryParam("tag", tag).get("/api/articles").then().body("items.slug", contains(tagged));
            anonymous().queryParam("author", author).get("/api/articles").then().body("items.slug", contains(signed));
            anonymous()
                    .queryParam("section", section)
                    .queryParam("reference", "true")
                    .get("/api/articles")
                    .then()
                    .body("items.slug", contains(reference));
            anonymous()
                    .queryParam("section", section)
                    .queryParam("language", "en")
                    .get("/api/articles")
                    .then()
                    .body("items.slug", contains(englishSlug));
        }

        @Test
        void pagesWithACursorWithoutRepeatingOrSkippingWhileArticlesArePublished() {
            String section = data.section("Sports");
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                expected.add(0, data.published(section, "Match numéro " + i).getSlug());
            }

            var first = anonymous()
                    .queryParam("section", section)
                    .queryParam("limit", 2)
                    .get("/api/articles")
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(expected.get(0), expected.get(1)))
                    .extract()
                    .path("nextCursor");
            data.published(section, "Un nouveau match pendant la lecture");
            List<String> seen = new ArrayList<>(List.of(expected.get(0), expected.get(1)));
            String cursor = first.toString();
            while (cursor != null) {
                var page = anonymous()
                        .queryParam("section", section)
                        .queryParam("limit", 2)
                        .queryParam("cursor", cursor)
                        .get("/api/articles")
                        .then()
                        .statusCode(200)
                        .extract();
                seen.addAll(page.path("items.slug"));
                cursor = page.path("nextCursor");
            }
            assertEquals(expected, seen);
        }

        @Test
        void refusesALimitOutsideItsRangeAndBadParameters() {
            for (String limit : List.of("0", "101", "1000", "-5", "020")) {
                anonymous()
                        .queryParam("limit", limit)
                        .get("/api/articles")
                        .then()
                        .statusCode(400)
                        .body("violations.field", contains("limit"));
            }
            anonymous().queryParam("limit", 100).get("/api/articles").then().statusCode(200);
            anonymous()
                    .queryParam("limit", "beaucoup")
                    .get("/api/articles")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("limit"));
            anonymous()
                    .queryParam("cursor", "pas-un-curseur")
                    .get("/api/articles")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("cursor"));
            anonymous()
                    .queryParam("reference", "peut-etre")
                    .get("/api/articles")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("reference"));
        }
    }

    @Nested
    class TaxonomyLists {

        @Test
        void listsASectionsArticlesWithItsDescendants() {
            String monde = data.section("Monde");
            String europe = data.section(monde, "Europe");
            String slug = data.published(europe, "Crise à Vienne").getSlug();

            anonymous()
                    .get("/api/sections/{path}/articles", monde)
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(slug));
            anonymous()
                    .get("/api/sections/" + europe + "/articles")
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(slug));
            anonymous().get("/api/sections/inconnue/articles").then().statusCode(404);
        }

        @Test
        void listsATagsAndAnAuthorsPublishedArticles() {
            String section = data.section("Économie");
            String tag = data.tag("Inflation");
            String author = data.author("Nadia Benali");
            String published = data.published(
                            TestData.input(section, "Les prix montent", List.of(tag), List.of(author), false))
                    .getSlug();
            String draft = data.draft(
                            TestData.input(section, "Brouillon sur les prix", List.of(tag), List.of(author), false))
                    .getSlug();

            anonymous()
                    .get("/api/tags/{slug}/articles", tag)
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(published))
                    .body("items.slug", not(hasItem(draft)));
            anonymous()
                    .get("/api/authors/{slug}/articles", author)
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(published));
            anonymous().get("/api/tags/inconnu/articles").then().statusCode(404);
            anonymous().get("/api/authors/inconnu/articles").then().statusCode(404);
        }

        @Test
        void emptySectionHasNoItems() {
            anonymous()
                    .get("/api/sections/{path}/articles", data.section("Vide"))
                    .then()
                    .statusCode(200)
                    .body("items", empty());
        }
    }
}
