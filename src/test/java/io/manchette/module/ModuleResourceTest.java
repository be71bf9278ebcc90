package io.manchette.module;

import static io.manchette.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.ArticleInput;
import io.manchette.article.Partner;
import io.manchette.security.Roles;
import io.manchette.support.Api;
import io.manchette.support.ChangesHeard;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Références block in one request, one cached answer that either half drops. */
@QuarkusTest
class ModuleResourceTest {

    static final String PATH = "/api/modules/references";
    static final String HIT = "Manchette; hit";

    @Inject
    TestData data;

    String careerArticle(String section, String title) {
        var input = TestData.input(section, title, List.of(), List.of(), false);
        return data.published(new ArticleInput(
                        "Carrière",
                        input.title(),
                        input.slug(),
                        input.lead(),
                        null,
                        input.body(),
                        input.section(),
                        null,
                        null,
                        "fr",
                        false,
                        true,
                        null,
                        new Partner("Références", false)))
                .getSlug();
    }

    String job(String editor, String title) {
        return as(editor)
                .body(Map.of(
                        "title",
                        title,
                        "employer",
                        Map.of("name", "Atelier Lambotte"),
                        "location",
                        "Liège",
                        "region",
                        "WALLONIE",
                        "contract",
                        "CDI",
                        "description",
                        List.of(Map.of("type", "paragraph", "text", "Une offre.")),
                        "applyEmail",
                        "jobs@lambotte.example",
                        "expiresAt",
                        TestClock.now().plus(Duration.ofDays(20)).toString()))
                .post("/api/admin/jobs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("slug");
    }

    static io.restassured.response.ExtractableResponse<io.restassured.response.Response> read() {
        return given().get(PATH).then().statusCode(200).extract();
    }

    static void assertRecomputed() {
        assertThat(read().header("Cache-Status"), startsWith("Manchette; fwd="));
        Api.warmCache(PATH);
    }

    @Test
    void answersTheBrandsNewestArticlesAndOffersAndEitherDropsIt() {
        String editor = data.user(Roles.EDITOR);
        String section = data.section("Emploi");
        String article = careerArticle(section, "Négocier son salaire sans trembler");
        String offer = job(editor, "Menuisier d'atelier " + TestData.unique("m"));

        var module = read().jsonPath();
        assertEquals("Références", module.getString("brand"));
        assertEquals(article, module.getString("articles[0].slug"));
        assertEquals("Références", module.getString("articles[0].partner.name"));
        assertEquals(offer, module.getString("jobs[0].slug"));
        assertEquals("/api/articles?partner=R%C3%A9f%C3%A9rences", module.getString("links.articles"));
        assertEquals("/api/jobs", module.getString("links.jobs"));
        Api.warmCache(PATH);

        data.published(section, "Une actualité sans partenaire");
        ChangesHeard.await();
        assertEquals(HIT, read().header("Cache-Status"), "an article of no partner leaves the block cached");

        String newer = job(editor, "Soudeur " + TestData.unique("s"));
        assertRecomputed();
        assertEquals(newer, read().jsonPath().getString("jobs[0].slug"));

        String another = careerArticle(section, "Reprendre des études à quarante ans");
        assertRecomputed();
        assertEquals(another, read().jsonPath().getString("articles[0].slug"));

        given().queryParam("limit", "3").get(PATH).then().statusCode(400);
    }
}
