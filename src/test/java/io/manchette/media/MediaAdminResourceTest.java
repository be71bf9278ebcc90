package io.manchette.media;

import static io.manchette.media.MediaUploads.created;
import static io.manchette.media.MediaUploads.fields;
import static io.manchette.media.MediaUploads.signedIn;
import static io.manchette.media.MediaUploads.upload;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.manchette.security.Roles;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediaAdminResourceTest {

    @Inject
    TestData data;

    String editor;
    String author;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
        author = data.user(Roles.AUTHOR);
    }

    static byte[] photo() {
        return Images.jpeg(Images.picture(800, 600));
    }

    @Nested
    class Upload {

        @Test
        void storesThePhotoWithItsCreditAndFocalPoint() throws Exception {
            byte[] bytes = photo();
            String digest = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            upload(
                            editor,
                            bytes,
                            "nimporte.png",
                            fields(
                                    "alt", "Des chalets illuminés sur la Grand-Place",
                                    "caption", "Le marché de Noël rouvre ses portes.",
                                    "credit", "Photo : Belga / Jean Dupont",
                                    "source", "Belga",
                                    "rightsUntil", "2027-06-30",
                                    "focalX", "0.25",
                                    "focalY", "0.75"))
                    .then()
                    .statusCode(201)
                    .header("Location", containsString("/api/admin/media/"))
                    .header("ETag", "\"0\"")
                    .header("Cache-Control", "no-store")
                    .body("type", equalTo("image/jpeg"))
                    .body("size", equalTo(bytes.length))
                    .body("width", equalTo(800))
                    .body("height", equalTo(600))
                    .body("digest", equalTo(digest))
                    .body("credit", equalTo("Photo : Belga / Jean Dupont"))
                    .body("alt", equalTo("Des chalets illuminés sur la Grand-Place"))
                    .body("source", equalTo("Belga"))
                    .body("rightsUntil", equalTo("2027-07-01T00:00:00Z"))
                    .body("focalX", equalTo(0.25f))
                    .body("focalY", equalTo(0.75f))
                    .body("uploader", equalTo(editor))
                    .body("renditions.preset", hasItem("card"))
                    .body("renditions.find { it.preset == 'card' }.width", equalTo(640))
                    .body("renditions.find { it.preset == 'card' }.height", equalTo(360))
                    .body("renditions.jpeg", everyItem(startsWith("/media/")));
        }

        @Test
        void theSameBytesAgainFindTheItemTheyAre() {
            byte[] bytes = photo();
            long id = created(editor, bytes, fields("credit", "Photo : AFP"));
            upload(author, bytes, "copie.jpg", fields("credit", "Autre crédit"))
                    .then()
                    .statusCode(200)
                    .body("id", equalTo((int) id))
                    .body("credit", equalTo("Photo : AFP"));
        }

        @Test
        void acceptsPngWebpAndGif() {
            var picture = Images.picture(300, 200);
            for (var bytes : List.of(Images.png(picture), Images.webp(picture), Images.gif(picture))) {
                var type = ImageType.sniff(bytes).orElseThrow().mediaType();
                upload(editor, bytes, "image.bin", Map.of())
                        .then()
                        .statusCode(201)
                        .body("type", equalTo(type))
                        .body("width", equalTo(300))
                        .body("height", equalTo(200));
            }
        }

        @Test
        void refusesWhatIsNotAnImageWith415NamingFile() {
            upload(editor, "GIF? non, du texte.".getBytes(), "photo.jpg", Map.of())
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://manchette.io/problems/unsupported-media-type"))
                    .body("violations.field", contains("file"));
        }

        @Test
        void refusesATruncatedImage() {
            byte[] bytes = photo();
            upload(editor, java.util.Arrays.copyOf(bytes, 400), "photo.jpg", Map.of())
                    .then()
                    .statusCode(415)
                    .body("violations.field", contains("file"));
        }

        @Test
        void refusesAFileOverTheLimitWith413() {
            // The test profile's limit is 2M: a declared length over it stops before the body is read.
            byte[] big = new byte[2 * 1024 * 1024 + 1];
            big[0] = (byte) 0xff;
            big[1] = (byte) 0xd8;
            big[2] = (byte) 0xff;
            upload(editor, big, "grande.jpg", Map.of())
                    .then()
                    .statusCode(413)
                    .contentType("application/problem+json")
                    .body("violations.field", contains("file"));
            byte[] huge = new byte[3 * 1024 * 1024];
            upload(editor, huge, "enorme.jpg", Map.of()).then().statusCode(413).contentType("application/problem+json");
        }

        @Test
        void refusesAPngClaiming50000By50000PixelsWithoutDecodingIt() {
            byte[] bomb = Images.pngClaiming(50_000, 50_000);
            org.junit.jupiter.api.Assertions.assertTrue(bomb.length < 100);
            upload(editor, bomb, "bombe.png", Map.of())
                    .then()
                    .statusCode(413)
                    .body("violations.field", contains("file"))
                    .body("detail", containsString("50000 × 50000"));
        }

        @Test
        void namesTheFieldsThatBreakARule() {
            upload(editor, photo(), "photo.jpg", fields("focalX", "1.5"))
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("focalX"));
            upload(editor, photo(), "photo.jpg", fields("focalY", "milieu"))
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("focalY"));
            upload(editor, photo(), "photo.jpg", fields("rightsUntil", "30/06/2027"))
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("rightsUntil"));
            upload(editor, photo(), "photo.jpg", fields("credit", "x".repeat(201)))
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("credit"));
            signedIn(editor)
                    .multiPart("alt", "Sans fichier")
                    .post("/api/admin/media")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("file"));
        }

        @Test
        void aBodyThatIsNoFormIsRefusedWithAProblem() {
            for (var type : List.of("multipart/form-data", "multipart/form-data; boundary=x", "application/json")) {
                signedIn(editor)
                        .contentType(type)
                        .body("{\"file\": \"AAAA\", \"alt\": \"pas un formulaire\"}".getBytes())
                        .post("/api/admin/media")
                        .then()
                        .statusCode(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.greaterThanOrEqualTo(400), org.hamcrest.Matchers.lessThan(500)))
                        .contentType("application/problem+json");
            }
            signedIn(editor)
                    .multiPart("file", "photo.jpg", photo(), "image/jpeg")
                    .multiPart("credit", "Photo\u0000 : Belga")
                    .post("/api/admin/media")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("credit"));
        }
    }

    @Nested
    class Access {

        @Test
        void anonymousIs401() {
            upload(given(), photo(), "photo.jpg", Map.of()).then().statusCode(401);
            given().get("/api/admin/media").then().statusCode(401);
        }

        @Test
        void aRoleThatWritesNoArticleIs403() {
            String moderator = data.user(Roles.MODERATOR);
            upload(moderator, photo(), "photo.jpg", Map.of()).then().statusCode(403);
            as(moderator).get("/api/admin/media").then().statusCode(403);
        }

        @Test
        void authorsChangeOnlyTheirOwn() {
            long own = created(author, photo(), Map.of());
            long others = created(editor, photo(), Map.of());
            var metadata = Map.of("alt", "Un chalet", "credit", "Photo : Manchette");
            as(author)
                    .header("If-Match", etag(0))
                    .body(metadata)
                    .put("/api/admin/media/{id}", own)
                    .then()
                    .statusCode(200)
                    .body("alt", equalTo("Un chalet"));
            as(author)
                    .header("If-Match", etag(0))
                    .body(metadata)
                    .put("/api/admin/media/{id}", others)
                    .then()
                    .statusCode(403);
            as(author)
                    .header("If-Match", etag(0))
                    .delete("/api/admin/media/{id}", others)
                    .then()
                    .statusCode(403);
            as(author)
                    .header("If-Match", etag(1))
                    .delete("/api/admin/media/{id}", own)
                    .then()
                    .statusCode(204);
            as(editor)
                    .header("If-Match", etag(0))
                    .delete("/api/admin/media/{id}", others)
                    .then()
                    .statusCode(204);
        }
    }

    @Nested
    class Library {

        @Test
        void listsNewestFirstWithFiltersAndACursor() {
            String agency = TestData.unique("agence");
            String word = TestData.unique("sorvania");
            long first = created(editor, photo(), fields("source", agency, "caption", "Le palais de " + word));
            long second = created(author, photo(), fields("source", agency, "credit", "Photo : " + word));
            long third = created(editor, photo(), fields("source", agency));

            as(editor)
                    .queryParam("agency", agency.toUpperCase())
                    .get("/api/admin/media")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains((int) third, (int) second, (int) first))
                    .body("items.uploader", hasItem(author))
                    .body("toString()", not(containsString("@")));
            as(editor)
                    .queryParam("q", word)
                    .get("/api/admin/media")
                    .then()
                    .body("items.id", contains((int) second, (int) first));
            as(editor)
                    .queryParam("agency", agency)
                    .queryParam("uploader", author)
                    .get("/api/admin/media")
                    .then()
                    .body("items.id", contains((int) second));
            as(editor)
                    .queryParam("agency", agency)
                    .queryParam("from", "2000-01-01")
                    .queryParam("to", "2000-12-31")
                    .get("/api/admin/media")
                    .then()
                    .body("items", org.hamcrest.Matchers.empty());

            String cursor = as(editor)
                    .queryParam("agency", agency)
                    .queryParam("limit", "2")
                    .get("/api/admin/media")
                    .then()
                    .body("items.id", contains((int) third, (int) second))
                    .body("nextCursor", notNullValue())
                    .extract()
                    .path("nextCursor");
            as(editor)
                    .queryParam("agency", agency)
                    .queryParam("limit", "2")
                    .queryParam("cursor", cursor)
                    .get("/api/admin/media")
                    .then()
                    .body("items.id", contains((int) first))
                    .body("nextCursor", nullValue());
            as(editor)
                    .queryParam("from", "hier")
                    .get("/api/admin/media")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("from"));
        }

        @Test
        void showsOneAndReplacesItsMetadataUnderIfMatch() {
            long id = created(editor, photo(), fields("credit", "Photo : Reuters"));
            as(editor)
                    .get("/api/admin/media/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("credit", equalTo("Photo : Reuters"));
            var metadata = Map.of("alt", "Le port d’Anvers", "credit", "Photo : Reuters", "focalX", 0.1, "focalY", 0.9);
            as(editor).body(metadata).put("/api/admin/media/{id}", id).then().statusCode(428);
            as(editor)
                    .header("If-Match", etag(7))
                    .body(metadata)
                    .put("/api/admin/media/{id}", id)
                    .then()
                    .statusCode(412)
                    .body("currentVersion", equalTo(0));
            as(editor)
                    .header("If-Match", etag(0))
                    .body(Map.of("focalX", 2))
                    .put("/api/admin/media/{id}", id)
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("focalX"));
            as(editor)
                    .header("If-Match", etag(0))
                    .body(metadata)
                    .put("/api/admin/media/{id}", id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("alt", equalTo("Le port d’Anvers"))
                    .body("focalX", equalTo(0.1f));
            as(editor).get("/api/admin/media/{id}", 999_999_999L).then().statusCode(404);
        }

        @Test
        void deletesUnderIfMatch() {
            long id = created(editor, photo(), Map.of());
            as(editor).delete("/api/admin/media/{id}", id).then().statusCode(428);
            as(editor)
                    .header("If-Match", etag(0))
                    .delete("/api/admin/media/{id}", id)
                    .then()
                    .statusCode(204);
            as(editor).get("/api/admin/media/{id}", id).then().statusCode(404);
        }
    }
}
