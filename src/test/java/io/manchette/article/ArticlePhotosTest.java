package io.manchette.article;

import static io.manchette.media.MediaUploads.created;
import static io.manchette.media.MediaUploads.fields;
import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.media.Images;
import io.manchette.security.Roles;
import io.manchette.support.Api;
import io.manchette.support.ChangesHeard;
import io.manchette.support.Eventually;
import io.manchette.support.NewArticle;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Photos of the media library in articles: the lead image on the page and in teasers, image
 * blocks that name a photo, rights that run out, alt required to go live, a photo in use kept.
 */
@QuarkusTest
class ArticlePhotosTest {

    static final String HIT = "Manchette; hit";
    static final Pattern CANDIDATE = Pattern.compile("(\\S+) (\\d+)w");

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    String editor;
    String section;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
        section = data.section("Photos");
    }

    /** A 2400 × 1600 photo with a red square at (1800, 400), its focal point, and the text given. */
    long photo(String... text) {
        var more = new ArrayList<>(List.of(text));
        more.addAll(List.of("focalX", "0.75", "focalY", "0.25"));
        byte[] jpeg = Images.jpeg(Images.withRedSquare(2400, 1600, 1800, 400, 200));
        return created(editor, Images.withExif(jpeg, 1), fields(more.toArray(String[]::new)));
    }

    long described() {
        return photo("alt", "Des grues sur le quai", "credit", "Photo : Agence Démo / Léa Martin");
    }

    NewArticle article(String title) {
        return NewArticle.in(section, title).slug(TestData.unique("p")).body("Le port tourne à plein régime.");
    }

    JsonPath admin(long article) {
        return as(editor)
                .get("/api/admin/articles/{id}", article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    JsonPath patch(long article, String json) {
        return as(editor)
                .header("If-Match", etag(admin(article).getLong("version")))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body(json)
                .patch("/api/admin/articles/{id}", article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    String publish(long article) {
        return as(editor)
                .post("/api/admin/articles/{id}/publish", article)
                .then()
                .statusCode(200)
                .extract()
                .path("slug");
    }

    JsonPath page(String slug) {
        return anonymous()
                .get("/api/articles/{slug}", slug)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    void describe(long media, Map<String, Object> metadata, int status) {
        long version = as(editor)
                .get("/api/admin/media/{id}", media)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        as(editor)
                .header("If-Match", etag(version))
                .body(metadata)
                .put("/api/admin/media/{id}", media)
                .then()
                .statusCode(status);
    }

    static long maxAge(String cacheControl) {
        var matcher = Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
        assertTrue(matcher.find(), cacheControl);
        return Long.parseLong(matcher.group(1));
    }

    long articleEvents(long article) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from change_events where entity = 'article' and entity_id = ?1")
                        .setParameter(1, article)
                        .getSingleResult())
                .longValue();
    }

    static BufferedImage fetched(String url) {
        byte[] bytes = given().get(url).then().statusCode(200).extract().asByteArray();
        if (url.endsWith(".jpeg")) {
            assertThat(url + " carries no EXIF", Images.markers(bytes), not(hasItem(0xe1)));
        }
        return Images.decode(bytes);
    }

    @Test
    void anEditorSetsALeadPhotoAndReadersGetRenditionsCroppedAroundItsFocalPoint() {
        long photo = described();
        long article = article("Le port bat un record").createdBy(as(editor));
        assertEquals(photo, patch(article, "{\"leadImage\": " + photo + "}").getLong("leadImage"));
        String slug = publish(article);

        var lead = page(slug);
        assertEquals(photo, lead.getLong("leadImage.id"));
        assertEquals("Des grues sur le quai", lead.getString("leadImage.alt"));
        assertEquals("Photo : Agence Démo / Léa Martin", lead.getString("leadImage.credit"));
        assertEquals(2400, lead.getInt("leadImage.width"));
        assertEquals(1600, lead.getInt("leadImage.height"));
        assertThat(lead.getString("leadImage.src"), startsWith("/media/" + photo + "-"));

        // Every candidate of every srcset decodes at its stated width, at its crop's proportions.
        Map<String, Map<String, String>> srcset = lead.getMap("leadImage.srcset");
        assertEquals(
                List.of("16:9", "1:1", "4:3", "original"),
                srcset.keySet().stream().sorted().toList());
        int checked = 0;
        for (var crop : srcset.entrySet()) {
            for (String format : List.of("jpeg", "webp")) {
                var candidates = CANDIDATE.matcher(crop.getValue().get(format));
                while (candidates.find()) {
                    BufferedImage shown = fetched(candidates.group(1));
                    int width = Integer.parseInt(candidates.group(2));
                    assertEquals(width, shown.getWidth(), candidates.group(1));
                    assertEquals(expectedHeight(crop.getKey(), width), shown.getHeight(), 1.0, candidates.group(1));
                    checked++;
                }
            }
        }
        assertEquals(12, checked, "six presets in two formats");

        // Cropped around the focal point: the red square stays in the 16:9 card and the 1:1 thumb.
        BufferedImage card = fetched(candidate(srcset.get("16:9").get("webp"), 640));
        assertTrue(Images.isRed(card.getRGB(480, 107)), "the focal point is in the 16:9 crop, where it was");
        BufferedImage thumb = fetched(candidate(srcset.get("1:1").get("jpeg"), 320));
        assertTrue(Images.isRed(thumb.getRGB(200, 80)), "the 1:1 crop moved right, to the focal point");

        // The teaser shows the same photo.
        anonymous()
                .queryParam("section", section)
                .get("/api/articles")
                .then()
                .statusCode(200)
                .body("items[0].slug", equalTo(slug))
                .body("items[0].leadImage.id", equalTo((int) photo))
                .body(
                        "items[0].leadImage.srcset.'16:9'.webp",
                        equalTo(srcset.get("16:9").get("webp")));
    }

    static double expectedHeight(String crop, int width) {
        return switch (crop) {
            case "16:9" -> width * 9 / 16.0;
            case "4:3" -> width * 3 / 4.0;
            case "1:1" -> width;
            default -> width * 1600 / 2400.0;
        };
    }

    static String candidate(String srcset, int width) {
        var candidates = CANDIDATE.matcher(srcset);
        while (candidates.find()) {
            if (Integer.parseInt(candidates.group(2)) == width) {
                return candidates.group(1);
            }
        }
        throw new AssertionError("no " + width + "w candidate in " + srcset);
    }

    @Test
    void imageBlocksNameAPhotoAndAreDeliveredAsTheLeadImageIs() {
        long photo = described();
        long article = article("Une escale en images")
                .with("leadImage", photo)
                .with(
                        "body",
                        List.of(
                                NewArticle.paragraph("À quai depuis l’aube."),
                                Map.of("type", "image", "media", photo, "caption", "Le quai nord, au matin."),
                                Map.of(
                                        "type",
                                        "image",
                                        "src",
                                        "https://images.example.org/quai.jpg",
                                        "alt",
                                        "Un quai")))
                .createdBy(as(editor));
        var stored = admin(article);
        assertEquals(photo, stored.getLong("body[1].media"));
        assertNull(stored.get("body[1].photo"), "the newsroom's body is what was written");

        var shown = page(publish(article));
        assertEquals("image", shown.getString("body[1].type"));
        assertEquals("Des grues sur le quai", shown.getString("body[1].alt"), "the photo's alt, none written here");
        assertEquals("Le quai nord, au matin.", shown.getString("body[1].caption"), "the block's own caption");
        assertEquals("Photo : Agence Démo / Léa Martin", shown.getString("body[1].credit"));
        assertEquals(shown.getMap("leadImage"), shown.getMap("body[1].photo"));
        assertEquals("https://images.example.org/quai.jpg", shown.getString("body[2].src"));
        assertNull(shown.get("body[2].photo"));
    }

    @Test
    void photosMustBeInTheLibraryAndAnImageBlockNamesOneOrAnAddress() {
        long photo = described();
        as(editor)
                .body(article("Des images mal nommées")
                        .with(
                                "body",
                                List.of(
                                        Map.of("type", "image", "media", photo, "src", "https://x.example/a.jpg"),
                                        Map.of("type", "image", "alt", "Rien"),
                                        Map.of("type", "image", "src", "https://x.example/b.jpg")))
                        .json())
                .post("/api/admin/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("body[0].src", "body[1].src", "body[2].alt"));
        as(editor)
                .body(article("Des images introuvables")
                        .with("leadImage", 999_999_999L)
                        .with("body", List.of(Map.of("type", "image", "media", 999_999_998L)))
                        .json())
                .post("/api/admin/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("body[0].media", "leadImage"));
    }

    @Test
    void aPhotoWithoutAltBlocksPublicationUntilItIsDescribed() {
        long photo = photo("credit", "Photo : Agence Démo");
        long article =
                article("Une photo sans description").with("leadImage", photo).createdBy(as(editor));
        as(editor)
                .post("/api/admin/articles/{id}/publish", article)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("violations.field", contains("leadImage"))
                .body("violations[0].message", containsString("no alt"));
        as(editor)
                .body(Map.of(
                        "publishAt", TestClock.now().plus(Duration.ofDays(1)).toString()))
                .post("/api/admin/articles/{id}/schedule", article)
                .then()
                .statusCode(409)
                .body("violations.field", contains("leadImage"));
        assertEquals("DRAFT", admin(article).getString("status"), "nothing went live");

        // An image block may write the alt the photo lacks; the lead image may not.
        patch(
                article,
                "{\"leadImage\": null, \"body\": [{\"type\": \"image\", \"media\": " + photo
                        + ", \"alt\": \"Un cargo à quai\"}]}");
        String slug = publish(article);
        assertEquals("Un cargo à quai", page(slug).getString("body[0].alt"));

        // Live, a photo without alt cannot come in, nor can its alt go.
        as(editor)
                .header("If-Match", etag(admin(article).getLong("version")))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"leadImage\": " + photo + "}")
                .patch("/api/admin/articles/{id}", article)
                .then()
                .statusCode(409)
                .body("violations.field", contains("leadImage"));
        long described = described();
        patch(article, "{\"leadImage\": " + described + "}");
        describe(described, Map.of("credit", "Photo : Agence Démo"), 409);
        as(editor).get("/api/admin/media/{id}", described).then().body("alt", equalTo("Des grues sur le quai"));
        // Shown only by a block that writes its own alt, a photo may go without one.
        patch(
                article,
                "{\"leadImage\": null, \"body\": [{\"type\": \"image\", \"media\": " + described
                        + ", \"alt\": \"Un cargo à quai\"}]}");
        describe(described, Map.of("credit", "Photo : Agence Démo"), 200);
    }

    @Test
    void aPhotoPastItsRightsLeavesThePageAndTheTeasersOnTimeAndTheNewsroomListFlagsIt() {
        var end = TestClock.now().plus(Duration.ofHours(1));
        long photo = photo(
                "alt",
                "Une photo louée pour une heure",
                "credit",
                "Photo : Agence Démo",
                "rightsUntil",
                end.toString());
        long article = article("Une heure de droits")
                .with("leadImage", photo)
                .with("body", List.of(Map.of("type", "image", "media", photo), NewArticle.paragraph("La suite.")))
                .createdBy(as(editor));
        String slug = publish(article);
        String path = "/api/articles/" + slug;
        String list = "/api/articles?section=" + section;
        assertEquals(photo, page(slug).getLong("leadImage.id"));
        assertEquals("image", page(slug).getString("body[0].type"));
        ChangesHeard.await();
        Api.warmCache(path);
        Api.warmCache(list);
        var cached = given().get(path).then().extract();
        assertEquals(HIT, cached.header("Cache-Status"));
        assertThat("fresh only until the rights end", maxAge(cached.header("Cache-Control")), lessThanOrEqualTo(3600L));
        assertThat(cached.header("Cache-Control"), not(containsString("stale-while-revalidate")));
        String rendition = cached.jsonPath().getString("leadImage.src");
        assertThat(
                maxAge(given().get(rendition).then().statusCode(200).extract().header("Cache-Control")),
                lessThanOrEqualTo(3600L));
        long announcedBefore = articleEvents(article);
        assertEquals(photo, cached.jsonPath().getLong("leadImage.id"));
        assertTrue(admin(article).getList("photosPastRights").isEmpty());

        TestClock.advance(Duration.ofMinutes(61));

        var after = given().get(path).then().statusCode(200).extract();
        assertThat("dropped with no write", after.header("Cache-Status"), startsWith("Manchette; fwd="));
        assertNull(after.jsonPath().get("leadImage"));
        assertEquals(List.of("paragraph"), after.jsonPath().getList("body.type"), "the image block is left out");
        var teasers = given().get(list).then().statusCode(200).extract();
        assertThat(teasers.header("Cache-Status"), startsWith("Manchette; fwd="));
        assertNull(teasers.jsonPath().get("items[0].leadImage"));

        given().get(rendition).then().statusCode(404); // its files go too, memory or not
        Eventually.until(
                "a scheduler turn announces the article whose photo's rights ended",
                () -> articleEvents(article) > announcedBefore);

        assertEquals(List.of((int) photo), admin(article).getList("photosPastRights"));
        as(editor)
                .queryParam("section", section)
                .get("/api/admin/articles")
                .then()
                .statusCode(200)
                .body("items.find { it.id == " + article + " }.photosPastRights", contains((int) photo));
        long untouched = article("Sans photo louée").createdBy(as(editor));
        var flagged = as(editor)
                .queryParam("section", section)
                .queryParam("photosPastRights", "true")
                .get("/api/admin/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class);
        assertThat(flagged, hasItem(article));
        assertThat(flagged, not(hasItem(untouched)));
        as(editor)
                .queryParam("q", "heure")
                .queryParam("photosPastRights", "true")
                .get("/api/admin/articles")
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) article));
    }

    @Test
    void aPhotoInUseCannotBeDeletedWhateverTheArticlesState() {
        long photo = described();
        long article = article("Un brouillon illustré").with("leadImage", photo).createdBy(as(editor));
        as(editor)
                .header("If-Match", etag(0))
                .delete("/api/admin/media/{id}", photo)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("[" + article + "]"));
        patch(article, "{\"leadImage\": null, \"body\": [{\"type\": \"image\", \"media\": " + photo + "}]}");
        as(editor)
                .header("If-Match", etag(0))
                .delete("/api/admin/media/{id}", photo)
                .then()
                .statusCode(409);
        patch(article, "{\"body\": [{\"type\": \"paragraph\", \"text\": \"Sans photo.\"}]}");
        as(editor)
                .header("If-Match", etag(0))
                .delete("/api/admin/media/{id}", photo)
                .then()
                .statusCode(204);
    }

    @Test
    void aChangeToAPhotoDropsThePagesAndTeasersThatShowIt() {
        long photo = described();
        long article = article("Une légende à revoir").with("leadImage", photo).createdBy(as(editor));
        String slug = publish(article);
        String path = "/api/articles/" + slug;
        String list = "/api/articles?section=" + section;
        Api.warmCache(path);
        Api.warmCache(list);

        describe(
                photo,
                Map.of("alt", "Des grues sur le quai", "caption", "Une légende revue", "credit", "Photo : Agence Démo"),
                200);
        ChangesHeard.await();

        var page = given().get(path).then().statusCode(200).extract();
        assertThat(page.header("Cache-Status"), startsWith("Manchette; fwd="));
        assertEquals("Une légende revue", page.jsonPath().getString("leadImage.caption"));
        assertEquals("Photo : Agence Démo", page.jsonPath().getString("leadImage.credit"));
        var teasers = given().get(list).then().statusCode(200).extract();
        assertThat(teasers.header("Cache-Status"), startsWith("Manchette; fwd="));
        assertEquals("Une légende revue", teasers.jsonPath().getString("items[0].leadImage.caption"));
    }

    @Test
    void aChangeReadersDoNotSeeLeavesThePagesThatShowThePhotoCached() {
        long photo = described();
        long article = article("Une source corrigée").with("leadImage", photo).createdBy(as(editor));
        String path = "/api/articles/" + publish(article);
        Api.warmCache(path);
        // The agency is the newsroom's own record: no answer shows it.
        describe(
                photo,
                Map.of(
                        "alt", "Des grues sur le quai",
                        "credit", "Photo : Agence Démo / Léa Martin",
                        "source", "Agence Démo",
                        "focalX", 0.75,
                        "focalY", 0.25),
                200);
        ChangesHeard.await();
        assertEquals(HIT, given().get(path).then().extract().header("Cache-Status"));
    }
}
