package io.manchette.demo;

import static io.manchette.support.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo newsroom loads through the services, once, and only its published articles show. */
@QuarkusTest
class DemoContentTest {

    @Inject
    DemoContent demo;

    @Test
    void loadsOnceAndShowsOnlyPublishedArticles() {
        demo.load();
        assertFalse(demo.load(), "a second load must not add anything");

        // The seed page's last blocks: the Références block and the promotion in the article footer.
        anonymous()
                .get("/api/modules/references")
                .then()
                .statusCode(200)
                .body("brand", equalTo("Références"))
                .body("articles.size()", greaterThanOrEqualTo(3))
                .body("articles.partner.name", everyItem(equalTo("Références")))
                .body("jobs.size()", equalTo(6))
                .body("links.jobs", equalTo("/api/jobs"));
        anonymous()
                .queryParam("limit", 100)
                .queryParam("q", "a")
                .get("/api/jobs")
                .then()
                .statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(12));
        // The library's photos, drawn by the project and credited to the demo.
        io.manchette.support.Api.asAdmin()
                .queryParam("agency", "Manchette")
                .get("/api/admin/media")
                .then()
                .statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(3))
                .body("items.credit", everyItem(equalTo("Photo : Manchette / Démo")));
        // Some articles carry one as their lead image.
        anonymous()
                .get("/api/articles/liege-inaugure-une-bibliotheque-ouverte-jusqu-a-minuit")
                .then()
                .statusCode(200)
                .body("leadImage.alt", equalTo("La ville au crépuscule, vue des hauteurs"))
                .body("leadImage.credit", equalTo("Photo : Manchette / Démo"))
                .body("leadImage.srcset.'16:9'.webp", org.hamcrest.Matchers.containsString("640w"));
        anonymous()
                .get("/api/articles/travailler-dans-la-logistique-verte-ce-que-proposent-les-entreprises-du-port")
                .then()
                .statusCode(200)
                .body("leadImage.alt", equalTo("Des voiliers amarrés dans le port"));
        anonymous()
                .get("/api/placements/article-footer")
                .then()
                .statusCode(200)
                .body("items.title", hasItem("Allez au-delà de l’actualité"))
                .body("items.text", hasItem("Découvrez tous les changements"))
                .body("items.cta.label", hasItem("Découvrir"));
        anonymous()
                .get("/api/articles/entretien-d-embauche-en-visio-les-erreurs-que-les-recruteurs-remarquent-d-abord")
                .then()
                .statusCode(200)
                .body("kicker", equalTo("Guide"))
                .body("body[1].type", equalTo("related"))
                .body(
                        "body[1].title",
                        equalTo("Changer de métier à quarante-cinq ans : trois parcours qui ont réussi"));

        anonymous()
                .queryParam("section", "monde")
                .queryParam("limit", 100)
                .get("/api/articles")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(10))
                .body("items.slug", not(hasItem("sommet-de-strelna-ce-que-contiendrait-l-accord-final")))
                .body("items.section.path", everyItem(org.hamcrest.Matchers.startsWith("monde/")));
        anonymous()
                .get("/api/articles/coup-d-etat-manque-a-sorvania-le-president-reprend-la-main")
                .then()
                .statusCode(200)
                .body("breadcrumb.name", contains("Accueil", "Monde", "Europe"))
                .body("readingTimeMinutes", greaterThanOrEqualTo(1))
                .body("commentCount", equalTo(2));
        anonymous()
                .get("/api/articles/coup-d-etat-manque-a-sorvania-le-president-reprend-la-main/comments")
                .then()
                .body("items.authorName", contains("Hélène V."))
                .body("items[0].replies.authorName", contains("Karim"));
        anonymous()
                .get("/api/articles/dans-la-vallee-de-l-ostra-les-eleveurs-face-a-la-secheresse")
                .then()
                .body("commentCount", equalTo(2));
        anonymous()
                .get("/api/articles/dans-la-vallee-de-l-ostra-les-eleveurs-face-a-la-secheresse")
                .then()
                .statusCode(200)
                .body("body.type", hasItem("heading"))
                .body("body.type", hasItem("quote"))
                .body("readingTimeMinutes", equalTo(2));
        anonymous()
                .get("/api/articles/sommet-de-strelna-ce-que-contiendrait-l-accord-final")
                .then()
                .statusCode(404);
        anonymous()
                .queryParam("reference", "true")
                .queryParam("section", "sciences")
                .get("/api/articles")
                .then()
                .body("items.slug", contains("comment-fonctionne-un-vaccin-a-arn-messager"));
    }
}
