package io.manchette.article;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.security.Roles;
import io.manchette.support.Api;
import io.manchette.support.ChangesHeard;
import io.manchette.support.NewArticle;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The headline furniture (kicker, partner, "mis à jour le") and the "À lire aussi" body block. */
@QuarkusTest
class ArticlePageFieldsTest {

    static final String HIT = "Manchette; hit";

    @Inject
    TestData data;

    String editor;
    String section;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
        section = data.section("Monde");
    }

    Map<String, Object> article(String title, List<Map<String, Object>> body) {
        return NewArticle.in(section, title)
                .slug(TestData.unique("a"))
                .lead("Un chapeau.")
                .with("body", body)
                .json();
    }

    static List<Map<String, Object>> paragraph() {
        return List.of(Map.of("type", "paragraph", "text", "Les faits, rien que les faits."));
    }

    /** Creates through the API; returns the admin view. */
    JsonPath create(Map<String, Object> article) {
        return as(editor)
                .body(article)
                .post("/api/admin/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    JsonPath publish(JsonPath created) {
        return as(editor)
                .post("/api/admin/articles/{id}/publish", created.getLong("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    JsonPath patch(JsonPath current, String json) {
        return as(editor)
                .header("If-Match", etag(current.getLong("version")))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body(json)
                .patch("/api/admin/articles/{id}", current.getLong("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static String cacheStatus(String path) {
        return given().get(path).then().statusCode(200).extract().header("Cache-Status");
    }

    static void warm(String path) {
        Api.warmCache(path);
    }

    static JsonPath recomputed(String path) {
        var answer = given().get(path).then().statusCode(200).extract();
        assertThat(path + " should have been dropped", answer.header("Cache-Status"), startsWith("Manchette; fwd="));
        return answer.jsonPath();
    }

    @Nested
    class KickerAndPartner {

        @Test
        void areWrittenAndDeliveredOnThePageAndInTeasers() {
            var input = article("Ce que cache la réforme des pensions", paragraph());
            input.put("kicker", "Analyse");
            input.put("partner", Map.of("name", "Références", "sponsored", true));
            var created = create(input);
            assertEquals("Analyse", created.getString("kicker"));
            assertEquals("Références", created.getString("partner.name"));
            publish(created);

            anonymous()
                    .get("/api/articles/{slug}", created.getString("slug"))
                    .then()
                    .statusCode(200)
                    .body("kicker", equalTo("Analyse"))
                    .body("partner.name", equalTo("Références"))
                    .body("partner.sponsored", equalTo(true));
            anonymous()
                    .queryParam("section", section)
                    .get("/api/articles")
                    .then()
                    .statusCode(200)
                    .body("items[0].kicker", equalTo("Analyse"))
                    .body("items[0].partner.name", equalTo("Références"))
                    .body("items[0].partner.sponsored", equalTo(true));
        }

        @Test
        void areNullWhenAbsentAndSponsoredDefaultsToFalse() {
            var input = article("Sans surtitre", paragraph());
            input.put("partner", Map.of("name", "Références"));
            var created = publish(create(input));
            anonymous()
                    .get("/api/articles/{slug}", created.getString("slug"))
                    .then()
                    .body("kicker", nullValue())
                    .body("partner.sponsored", equalTo(false));
            var plain = publish(create(article("Sans partenaire", paragraph())));
            anonymous()
                    .get("/api/articles/{slug}", plain.getString("slug"))
                    .then()
                    .body("partner", nullValue());
        }

        @Test
        void aKickerTooLongOrAPartnerWithoutNameIsA400NamingTheField() {
            var input = article("Trop long", paragraph());
            input.put("kicker", "x".repeat(61));
            input.put("partner", Map.of("sponsored", true));
            as(editor)
                    .body(input)
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("kicker"))
                    .body("violations.field", hasItem("partner.name"));
        }

        @Test
        void thePartnerListHoldsOnlyThatPartnersArticlesAndAPublicationElsewhereLeavesItCached() {
            String partner = TestData.unique("Partenaire"); // one word: the path below is sent as written
            var input = article("Contenu de partenaire", paragraph());
            input.put("partner", Map.of("name", partner));
            var partnered = publish(create(input));
            publish(create(article("Sans partenaire, même rubrique", paragraph())));
            String list = "/api/articles?partner=" + partner;
            anonymous().get(list).then().statusCode(200).body("items.slug", contains(partnered.getString("slug")));
            warm(list);
            publish(create(article("Une autre actualité", paragraph())));
            ChangesHeard.await();
            assertEquals(HIT, cacheStatus(list));
            anonymous()
                    .queryParam("partner", TestData.unique("Inconnu"))
                    .get("/api/articles")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("partner"));
            var second = article("Deuxième contenu du partenaire", paragraph());
            second.put("partner", Map.of("name", partner));
            var next = publish(create(second));
            assertEquals(next.getString("slug"), recomputed(list).getString("items[0].slug"));
        }

        @Test
        void aPartnerChangeDropsTheListsThatHoldTheArticle() {
            var published = publish(create(article("Bientôt partenaire", paragraph())));
            String list = "/api/articles?section=" + section;
            warm(list);
            patch(published, "{\"partner\": {\"name\": \"Références\"}}");
            assertEquals("Références", recomputed(list).getString("items[0].partner.name"));
        }
    }

    @Nested
    class DisplayUpdatedAt {

        @Test
        void isNullUntilAVisibleChangeAfterPublication() {
            var draft = create(article("Première version", paragraph()));
            draft = patch(draft, "{\"title\": \"Deuxième version, avant publication\"}");
            var published = publish(draft);
            String path = "/api/articles/" + published.getString("slug");
            anonymous().get(path).then().body("displayUpdatedAt", nullValue());

            TestClock.advance(Duration.ofMinutes(5));
            published = patch(published, "{\"commentsOpen\": false, \"seo\": {\"title\": \"Pour les moteurs\"}}");
            anonymous().get(path).then().body("displayUpdatedAt", nullValue());
            assertEquals(null, published.getString("displayUpdatedAt"));

            TestClock.advance(Duration.ofMinutes(5));
            patch(published, "{\"lead\": \"Un chapeau corrigé.\"}");
            var page = anonymous().get(path).then().statusCode(200).extract().jsonPath();
            Instant updated = Instant.parse(page.getString("displayUpdatedAt"));
            assertThat(updated, greaterThan(Instant.parse(page.getString("publishedAt"))));
        }
    }

    @Nested
    class RelatedBlock {

        Map<String, Object> related(String slug) {
            return Map.of("type", "related", "slug", slug);
        }

        @Test
        void anUnknownTargetIsA400NamingTheBlock() {
            var body = List.of(
                    Map.<String, Object>of("type", "paragraph", "text", "Voir aussi :"),
                    related("nulle-part-" + TestData.unique("x")));
            as(editor)
                    .body(article("Lien mort", body))
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("body[1].slug"));
        }

        @Test
        void isDeliveredWithTheTargetsTitleUrlsAndSection() {
            var target = publish(create(article("La BCE relève ses taux", paragraph())));
            var body = List.of(
                    Map.<String, Object>of("type", "paragraph", "text", "Le contexte."),
                    related(target.getString("slug")));
            var source = publish(create(article("Les banques s’inquiètent", body)));

            anonymous()
                    .get("/api/articles/{slug}", source.getString("slug"))
                    .then()
                    .statusCode(200)
                    .body("body.type", contains("paragraph", "related"))
                    .body("body[1].slug", equalTo(target.getString("slug")))
                    .body("body[1].title", equalTo("La BCE relève ses taux"))
                    .body("body[1].apiUrl", equalTo("/api/articles/" + target.getString("slug")))
                    .body("body[1].url", startsWith("http"))
                    .body("body[1].section.path", equalTo(section))
                    .header("Surrogate-Key", org.hamcrest.Matchers.containsString("article:" + target.getLong("id")));
            // The newsroom sees what it wrote: the slug alone.
            as(editor)
                    .get("/api/admin/articles/{id}", source.getLong("id"))
                    .then()
                    .body("body[1].slug", equalTo(target.getString("slug")))
                    .body("body[1].title", nullValue());
        }

        @Test
        void isLeftOutUntilTheTargetIsPublishedAndTheCachedPageFollowsIt() {
            var target = create(article("Bientôt en ligne", paragraph()));
            var body = List.of(
                    Map.<String, Object>of("type", "paragraph", "text", "Le contexte."),
                    related(target.getString("slug")));
            var source = publish(create(article("La page qui y renvoie", body)));
            String path = "/api/articles/" + source.getString("slug");
            anonymous().get(path).then().body("body.type", contains("paragraph"));
            warm(path);

            var published = publish(target);
            assertEquals(List.of("paragraph", "related"), recomputed(path).getList("body.type"));
            warm(path);

            published = patch(published, "{\"title\": \"En ligne, et retitré\"}");
            assertEquals("En ligne, et retitré", recomputed(path).getString("body[1].title"));
            warm(path);

            as(editor)
                    .post("/api/admin/articles/{id}/unpublish", published.getLong("id"))
                    .then()
                    .statusCode(200);
            assertEquals(List.of("paragraph"), recomputed(path).getList("body.type"));
        }

        @Test
        void followsARenamedTarget() {
            var target = publish(create(article("Ancien titre, ancien slug", paragraph())));
            String oldSlug = target.getString("slug");
            var source = publish(create(article("Renvoi", List.of(related(oldSlug)))));
            String path = "/api/articles/" + source.getString("slug");
            warm(path);

            String newSlug = TestData.unique("nouveau-slug");
            patch(target, "{\"slug\": \"" + newSlug + "\"}");

            var page = recomputed(path);
            assertEquals(newSlug, page.getString("body[0].slug"));
            assertEquals("/api/articles/" + newSlug, page.getString("body[0].apiUrl"));
            // A new article may link to the old slug too: it still names the renamed article.
            var another = publish(create(article("Renvoi tardif", List.of(related(oldSlug)))));
            anonymous()
                    .get("/api/articles/{slug}", another.getString("slug"))
                    .then()
                    .body("body[0].slug", equalTo(newSlug))
                    .body("body[0].title", notNullValue());
        }
    }
}
