package io.manchette.job;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.security.Roles;
import io.manchette.support.ChangesHeard;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobResourceTest {

    static final String HIT = "Manchette; hit";

    @Inject
    TestData data;

    String editor;
    /** A word only this test's offers carry, to find them with q. */
    String word;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
        word = TestData.unique("mot").replace("-", "");
    }

    Map<String, Object> offer(String title, String region, String contract, Instant posted, Instant expires) {
        var o = new HashMap<String, Object>();
        o.put("title", title + " " + word);
        o.put("employer", Map.of("name", "Brasserie du Val-Mosan", "logoUrl", "https://img.example.be/val-mosan.png"));
        o.put("location", "Namur");
        o.put("region", region);
        o.put("contract", contract);
        o.put("languages", List.of("fr", "nl"));
        o.put(
                "description",
                List.of(
                        Map.of("type", "paragraph", "text", "Vous rejoignez une équipe de douze personnes & plus."),
                        Map.of("type", "list", "ordered", false, "items", List.of("Permis B", "Néerlandais"))));
        o.put("applyUrl", "https://emplois.example.be/val-mosan/42");
        o.put("postedAt", posted.toString());
        o.put("expiresAt", expires.toString());
        return o;
    }

    Map<String, Object> offer(String title, String region, String contract) {
        return offer(
                title,
                region,
                contract,
                TestClock.now().minus(Duration.ofMinutes(1)),
                TestClock.now().plus(Duration.ofDays(30)));
    }

    JsonPath create(Map<String, Object> offer) {
        return as(editor)
                .body(offer)
                .post("/api/admin/jobs")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static io.restassured.response.ExtractableResponse<io.restassured.response.Response> read(String path) {
        return given().get(path).then().statusCode(200).extract();
    }

    @Nested
    class ListJobs {

        @Test
        void listsLiveOffersNewestFirstWithFilters() {
            Instant now = TestClock.now();
            create(offer("Brasseur", "WALLONIE", "CDI", now.minus(Duration.ofHours(3)), now.plus(Duration.ofDays(9))));
            create(offer(
                    "Serveur", "BRUXELLES", "ETUDIANT", now.minus(Duration.ofHours(2)), now.plus(Duration.ofDays(9))));
            create(offer("Comptable", "WALLONIE", "CDD", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(9))));
            create(offer("Pas encore", "WALLONIE", "CDI", now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(9))));

            anonymous()
                    .queryParam("q", word)
                    .get("/api/jobs")
                    .then()
                    .statusCode(200)
                    .body("items.title", contains("Comptable " + word, "Serveur " + word, "Brasseur " + word));
            anonymous()
                    .queryParam("q", word)
                    .queryParam("region", "WALLONIE")
                    .get("/api/jobs")
                    .then()
                    .body("items.title", contains("Comptable " + word, "Brasseur " + word));
            anonymous()
                    .queryParam("q", word)
                    .queryParam("contract", "CDI")
                    .queryParam("limit", "1")
                    .get("/api/jobs")
                    .then()
                    .body("items.title", contains("Brasseur " + word))
                    .body("items[0].region", equalTo("WALLONIE"))
                    .body("items[0].employer.name", equalTo("Brasserie du Val-Mosan"))
                    .body("items[0].apiUrl", startsWith("/api/jobs/"));
            var first = anonymous()
                    .queryParam("q", word)
                    .queryParam("limit", "2")
                    .get("/api/jobs")
                    .then()
                    .extract()
                    .jsonPath();
            anonymous()
                    .queryParam("q", word)
                    .queryParam("limit", "2")
                    .queryParam("cursor", first.getString("nextCursor"))
                    .get("/api/jobs")
                    .then()
                    .body("items.title", contains("Brasseur " + word))
                    .body("nextCursor", equalTo(null));
        }

        @Test
        void anUnknownRegionOrContractIsA400NamingIt() {
            anonymous()
                    .queryParam("region", "atlantide")
                    .queryParam("contract", "cdi")
                    .get("/api/jobs")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("region"));
        }

        @Test
        void anExpiredOfferLeavesTheListAndItsPageOnTimeThroughTheCache() {
            Instant now = TestClock.now();
            var job = create(offer(
                    "Éphémère", "FLANDRE", "INTERIM", now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1))));
            String list = "/api/jobs?q=" + word;
            String page = "/api/jobs/" + job.getString("slug");
            ChangesHeard.await();
            assertEquals(List.of("Éphémère " + word), read(list).jsonPath().getList("items.title"));
            assertEquals(HIT, read(list).header("Cache-Status"));
            read(page);
            assertEquals(HIT, read(page).header("Cache-Status"));

            TestClock.advance(Duration.ofMinutes(61));

            var after = read(list);
            assertThat(after.header("Cache-Status"), startsWith("Manchette; fwd="));
            assertEquals(List.of(), after.jsonPath().getList("items"));
            given().get(page).then().statusCode(404);
        }
    }

    @Nested
    class GetJob {

        @Test
        void carriesJobPostingJsonLdWithGooglesRequiredProperties() {
            var job = create(offer("Journaliste web", "BRUXELLES", "CDD"));
            anonymous()
                    .get("/api/jobs/{slug}", job.getString("slug"))
                    .then()
                    .statusCode(200)
                    .body("description[0].type", equalTo("paragraph"))
                    .body("languages", contains("fr", "nl"))
                    .body("jsonLd.'@context'", equalTo("https://schema.org/"))
                    .body("jsonLd.'@type'", equalTo("JobPosting"))
                    .body("jsonLd.title", equalTo("Journaliste web " + word))
                    .body(
                            "jsonLd.description",
                            containsString("<p>Vous rejoignez une équipe de douze personnes &amp; plus.</p>"))
                    .body("jsonLd.description", containsString("<ul><li>Permis B</li>"))
                    .body("jsonLd.datePosted", org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
                    .body("jsonLd.validThrough", equalTo(job.getString("expiresAt")))
                    .body("jsonLd.employmentType", equalTo("TEMPORARY"))
                    .body("jsonLd.hiringOrganization.'@type'", equalTo("Organization"))
                    .body("jsonLd.hiringOrganization.name", equalTo("Brasserie du Val-Mosan"))
                    .body("jsonLd.hiringOrganization.logo", equalTo("https://img.example.be/val-mosan.png"))
                    .body("jsonLd.jobLocation.'@type'", equalTo("Place"))
                    .body("jsonLd.jobLocation.address.'@type'", equalTo("PostalAddress"))
                    .body("jsonLd.jobLocation.address.addressLocality", equalTo("Namur"))
                    .body("jsonLd.jobLocation.address.addressRegion", equalTo("Bruxelles-Capitale"))
                    .body("jsonLd.jobLocation.address.addressCountry", equalTo("BE"));
        }

        @Test
        void anOfferNotYetPostedIs404() {
            Instant now = TestClock.now();
            var job = create(offer(
                    "Plus tard", "WALLONIE", "STAGE", now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(9))));
            anonymous()
                    .get("/api/jobs/{slug}", job.getString("slug"))
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Nested
    class Management {

        @Test
        void theUpsertBySourceCreatesOnceThenUpdatesWithoutDuplicates() {
            String externalId = TestData.unique("ref");
            var first = as(editor)
                    .body(offer("Chauffeur", "WALLONIE", "CDI"))
                    .put("/api/admin/jobs/by-source/{source}/{id}", "jobs-partenaire", externalId)
                    .then()
                    .statusCode(201)
                    .header("Location", notNullValue())
                    .body("source", equalTo("jobs-partenaire"))
                    .body("externalId", equalTo(externalId))
                    .extract()
                    .jsonPath();
            var second = as(editor)
                    .body(offer("Chauffeur poids lourds", "WALLONIE", "CDI"))
                    .put("/api/admin/jobs/by-source/{source}/{id}", "jobs-partenaire", externalId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(first.getLong("id"), second.getLong("id"));
            assertEquals(first.getString("slug"), second.getString("slug"));
            anonymous()
                    .queryParam("q", word)
                    .get("/api/jobs")
                    .then()
                    .body("items.title", contains("Chauffeur poids lourds " + word));
            anonymous()
                    .get("/api/jobs/{slug}", second.getString("slug"))
                    .then()
                    .body("jsonLd.identifier.name", equalTo("jobs-partenaire"))
                    .body("jsonLd.identifier.value", equalTo(externalId));
            as(editor)
                    .header("If-Match", etag(0))
                    .body(offer("Chauffeur", "WALLONIE", "CDI"))
                    .put("/api/admin/jobs/by-source/{source}/{id}", "jobs-partenaire", externalId)
                    .then()
                    .statusCode(412);
            as(editor)
                    .body(offer("Chauffeur", "WALLONIE", "CDI"))
                    .put("/api/admin/jobs/by-source/{source}/{id}", "Pas Une Source", externalId)
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("source"));
        }

        @Test
        void anImageInTheDescriptionIsAnAddressWithItsAltNotAPhotoOfTheLibrary() {
            var offer = offer("Photographe", "WALLONIE", "CDI");
            offer.put(
                    "description",
                    List.of(
                            Map.of("type", "image", "alt", "Un atelier"),
                            Map.of("type", "image", "src", "https://images.example.org/atelier.jpg")));
            as(editor)
                    .body(offer)
                    .post("/api/admin/jobs")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body(
                            "violations.field",
                            org.hamcrest.Matchers.containsInAnyOrder("description[0].src", "description[1].alt"));
            offer.put("description", List.of(Map.of("type", "image", "media", 1, "alt", "Un atelier")));
            as(editor)
                    .body(offer)
                    .post("/api/admin/jobs")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("description[0].media"));
        }

        @Test
        void refusesAnOfferThatExpiresBeforeItIsPostedOrHasNoWayToApply() {
            Instant now = TestClock.now();
            var bad = offer("À l'envers", "WALLONIE", "CDI", now, now.minus(Duration.ofDays(1)));
            bad.remove("applyUrl");
            as(editor)
                    .body(bad)
                    .post("/api/admin/jobs")
                    .then()
                    .statusCode(400)
                    .body("violations.field", hasItem("expiresAt"))
                    .body("violations.field", hasItem("applyUrl"));
            var wrongEnum = offer("Contrat inconnu", "WALLONIE", "CDI");
            wrongEnum.put("contract", "A_VIE");
            as(editor).body(wrongEnum).post("/api/admin/jobs").then().statusCode(400);
        }

        @Test
        void anEditDropsTheCachedPageAndChangesNeedIfMatch() {
            var job = create(offer("Graphiste", "FLANDRE", "FREELANCE"));
            String page = "/api/jobs/" + job.getString("slug");
            ChangesHeard.await();
            read(page);
            assertEquals(HIT, read(page).header("Cache-Status"));
            as(editor)
                    .body(offer("Graphiste senior", "FLANDRE", "FREELANCE"))
                    .put("/api/admin/jobs/{id}", job.getLong("id"))
                    .then()
                    .statusCode(428);
            as(editor)
                    .header("If-Match", etag(job.getLong("version")))
                    .body(offer("Graphiste senior", "FLANDRE", "FREELANCE"))
                    .put("/api/admin/jobs/{id}", job.getLong("id"))
                    .then()
                    .statusCode(200);
            var after = read(page);
            assertThat(after.header("Cache-Status"), startsWith("Manchette; fwd="));
            assertEquals("Graphiste senior " + word, after.jsonPath().getString("title"));
            anonymous()
                    .body(offer("x", "FLANDRE", "CDI"))
                    .post("/api/admin/jobs")
                    .then()
                    .statusCode(401);
            as(data.user(Roles.AUTHOR))
                    .body(offer("x", "FLANDRE", "CDI"))
                    .post("/api/admin/jobs")
                    .then()
                    .statusCode(403);
            as(editor)
                    .header("If-Match", etag(job.getLong("version") + 1))
                    .delete("/api/admin/jobs/{id}", job.getLong("id"))
                    .then()
                    .statusCode(204);
            given().get(page).then().statusCode(404);
        }
    }
}
