package io.manchette.search;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.manchette.article.Article;
import io.manchette.article.ArticleInput;
import io.manchette.article.body.Block;
import io.manchette.article.body.Paragraph;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** French search on a small corpus written for it, in a section of its own so results are ours. */
@QuarkusTest
class SearchResourceTest {

    @Inject
    TestData data;

    String section;
    String tag;
    Article coup;
    Article emeutes;
    Article budget;
    Article recette;

    @BeforeEach
    void corpus() {
        section = data.section("Recherche");
        tag = data.tag("Valdoria");
        coup = publish(
                "Coup d’État au Valdoria : l’armée prend le palais",
                "Les militaires ont pris le contrôle de la capitale dans la nuit.",
                List.of(tag),
                "Des émeutes ont éclaté à l’aube près du palais présidentiel.",
                "Le président a quitté le pays, selon plusieurs diplomates.");
        emeutes = publish(
                "Émeutes dans la banlieue de Rovna",
                "Une nuit de violences après la fermeture de l’usine.",
                List.of(),
                "Les habitants réclament des emplois et des transports.");
        budget = publish(
                "Le budget de l’armée en hausse",
                "Le gouvernement augmente les crédits militaires.",
                List.of(),
                "Les députés voteront le texte mardi; certains jugent que a < b dans ce calcul.");
        recette = publish(
                "Recette : la tarte aux pommes",
                "Un dessert simple pour l’automne.",
                List.of(),
                "Épluchez les pommes et étalez la pâte.");
    }

    Article publish(String title, String lead, List<String> tags, String... paragraphs) {
        List<Block> body = java.util.Arrays.stream(paragraphs)
                .map(p -> (Block) new Paragraph(p))
                .toList();
        return data.published(new ArticleInput(
                null,
                title,
                TestData.unique("r"),
                lead,
                null,
                body,
                section,
                tags,
                List.of(),
                "fr",
                false,
                true,
                null,
                null));
    }

    RequestSpecification search(String q) {
        return anonymous().queryParam("q", q).queryParam("section", section);
    }

    @Nested
    class FrenchAsWritten {

        @Test
        void findsTypographicApostrophesAndAccentsFromPlainText() {
            search("coup d'etat")
                    .get("/api/search")
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(coup.getSlug()));
            search("coup d’État").get("/api/search").then().body("items.slug", contains(coup.getSlug()));
            search("COUP D'ETAT").get("/api/search").then().body("items.slug", contains(coup.getSlug()));
        }

        @Test
        void findsElidedWordsWithoutTheirAccents() {
            search("armee")
                    .get("/api/search")
                    .then()
                    .body("items.slug", containsInAnyOrder(coup.getSlug(), budget.getSlug()));
        }

        @Test
        void stemsPlurals() {
            search("émeute").get("/api/search").then().body("items.slug", contains(emeutes.getSlug(), coup.getSlug()));
        }

        @Test
        void supportsPhrasesAndExclusions() {
            search("\"coup d'etat\"").get("/api/search").then().body("items.slug", contains(coup.getSlug()));
            search("\"etat coup\"").get("/api/search").then().body("items", empty());
            search("armee -budget").get("/api/search").then().body("items.slug", contains(coup.getSlug()));
        }
    }

    @Nested
    class Ranking {

        @Test
        void ranksTheTitleOverTheLeadOverTheBody() {
            // "militaires" is in coup's lead and budget's lead; "palais" in coup's title and body.
            search("palais").get("/api/search").then().body("items.slug", contains(coup.getSlug()));
            Article inBody =
                    publish("Un article sans le mot au titre", "Rien ici.", List.of(), "On parle d’usine ici.");
            search("usine").get("/api/search").then().body("items.slug", contains(emeutes.getSlug(), inBody.getSlug()));
        }

        @Test
        void breaksTiesByRecency() {
            Article older = data.publishedAgo(section, "Inondations historiques", Duration.ofDays(2));
            Article newer = data.published(section, "Inondations historiques");
            search("inondations")
                    .get("/api/search")
                    .then()
                    .body("items.slug", contains(newer.getSlug(), older.getSlug()));
        }

        @Test
        void pagesWithACursor() {
            String cursor = search("armee")
                    .queryParam("limit", 1)
                    .get("/api/search")
                    .then()
                    .body("items.size()", equalTo(1))
                    .extract()
                    .path("nextCursor");
            search("armee")
                    .queryParam("limit", 1)
                    .queryParam("cursor", cursor)
                    .get("/api/search")
                    .then()
                    .body("items.size()", equalTo(1))
                    .body("nextCursor", equalTo(null));
        }
    }

    @Nested
    class Results {

        @Test
        void carrySummaryFieldsAndAnEscapedHighlight() {
            search("émeutes")
                    .get("/api/search")
                    .then()
                    .body("items[0].title", equalTo("Émeutes dans la banlieue de Rovna"))
                    .body("items[0].section.path", equalTo(section))
                    .body("items[0].readingTimeMinutes", equalTo(1))
                    .body("items[1].highlight", containsString("<mark>émeutes</mark>"));
            search("calcul")
                    .get("/api/search")
                    .then()
                    .body("items[0].highlight", containsString("a &lt; b"))
                    .body("items[0].highlight", containsString("<mark>calcul</mark>"));
        }

        @Test
        void filterByTagAndDates() {
            anonymous()
                    .queryParam("q", "armee")
                    .queryParam("tag", tag)
                    .get("/api/search")
                    .then()
                    .body("items.slug", contains(coup.getSlug()));
            Article old = data.publishedAgo(section, "Ancienne armée", Duration.ofDays(40));
            String fortnight = java.time.LocalDate.ofInstant(TestClock.now(), java.time.ZoneOffset.UTC)
                    .minusDays(15)
                    .toString();
            search("armee")
                    .queryParam("to", fortnight)
                    .get("/api/search")
                    .then()
                    .body("items.slug", contains(old.getSlug()));
            search("armee")
                    .queryParam("from", fortnight)
                    .get("/api/search")
                    .then()
                    .body("items.slug", not(hasItem(old.getSlug())));
        }

        @Test
        void neverShowsDraftsToReadersButEditorsFindThem() {
            Article draft = data.draft(section, "Brouillon sur le zeppelin");
            search("zeppelin").get("/api/search").then().body("items", empty());
            asAdmin()
                    .queryParam("q", "zeppelin")
                    .queryParam("section", section)
                    .get("/api/admin/articles")
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(draft.getSlug()))
                    .body("items[0].status", equalTo("DRAFT"));
        }
    }

    @Nested
    class Refusals {

        @Test
        void emptyTooLongOrMeaninglessQueriesAre400() {
            for (String q : List.of("", "   ", "x".repeat(201), "!!! ???")) {
                anonymous()
                        .queryParam("q", q)
                        .get("/api/search")
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("violations.field", contains("q"));
            }
            anonymous().get("/api/search").then().statusCode(400);
            search("armee")
                    .queryParam("from", "hier")
                    .get("/api/search")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("from"));
            asAdmin().queryParam("q", "!!!").get("/api/admin/articles").then().statusCode(400);
        }

        @Test
        void oddSyntaxIsNever500() {
            for (String q : List.of("\"", "-", "a & b | c", "'); drop table articles; --", "((", "::", "\\")) {
                anonymous()
                        .queryParam("q", q)
                        .get("/api/search")
                        .then()
                        .statusCode(org.hamcrest.Matchers.oneOf(200, 400));
            }
        }
    }

    @Nested
    class Suggest {

        @Test
        void completesTitlesFromAPrefixAndToleratesTypos() {
            anonymous()
                    .queryParam("q", "Coup d’Ét")
                    .get("/api/search/suggest")
                    .then()
                    .statusCode(200)
                    .body("title", hasItem(coup.getTitle()));
            anonymous()
                    .queryParam("q", "valdorja")
                    .get("/api/search/suggest")
                    .then()
                    .body("slug", hasItem(coup.getSlug()));
            anonymous()
                    .queryParam("q", "emeutes banlieu")
                    .get("/api/search/suggest")
                    .then()
                    .body("slug", hasItem(emeutes.getSlug()))
                    .body("[0].title", notNullValue());
            anonymous().queryParam("q", "x").get("/api/search/suggest").then().statusCode(400);
        }
    }
}
