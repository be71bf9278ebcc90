package io.manchette.media;

import static io.manchette.media.MediaUploads.created;
import static io.manchette.media.MediaUploads.fields;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.security.Roles;
import io.manchette.support.ChangesHeard;
import io.manchette.support.TestData;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MediaResourceTest {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    TestData data;

    @Inject
    MeterRegistry meters;

    @Inject
    EntityManager em;

    String editor;

    @BeforeEach
    void setUp() {
        editor = data.user(Roles.EDITOR);
    }

    JsonPath item(long id) {
        return as(editor)
                .get("/api/admin/media/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    String url(long id, String preset, String format) {
        return item(id).getString("renditions.find { it.preset == '" + preset + "' }." + format);
    }

    static byte[] fetch(String url) {
        return given().get(url)
                .then()
                .statusCode(200)
                .header("Cache-Control", IMMUTABLE)
                .extract()
                .asByteArray();
    }

    double generated() {
        return meters.counter("manchette.media.renditions.generated").count();
    }

    @Nested
    class Presets {

        @Test
        void cropsAroundTheFocalPointAtThePresetsSize() {
            // 2000 × 1000, a red square at (300, 500): the focal point, near the left edge.
            byte[] photo = Images.jpeg(Images.withRedSquare(2000, 1000, 300, 500, 120));
            long id = created(editor, photo, fields("focalX", "0.15", "focalY", "0.5"));

            BufferedImage square = Images.decode(fetch(url(id, "thumb", "jpeg")));
            assertEquals(320, square.getWidth());
            assertEquals(320, square.getHeight());
            // The 1:1 crop is 1000 wide: centred on x=300 it would leave the image, so it starts at 0,
            // and the square (at 300 of 1000) lands at 96 of 320.
            assertTrue(Images.isRed(square.getRGB(96, 160)), "the red square is where the focal point put it");
            assertFalse(Images.isRed(square.getRGB(300, 160)));

            BufferedImage card = Images.decode(fetch(url(id, "card", "jpeg")));
            assertEquals(640, card.getWidth());
            assertEquals(360, card.getHeight());

            BufferedImage article = Images.decode(fetch(url(id, "article", "jpeg")));
            assertEquals(1200, article.getWidth());
            assertEquals(600, article.getHeight());
        }

        @Test
        void theCentreOfACropIsTheFocalPointWhenItFitsInside() {
            // The 16:9 crop of 1600 × 1200 is 1600 × 900: it can move up and down, and centres on y = 700.
            byte[] photo = Images.jpeg(Images.withRedSquare(1600, 1200, 800, 700, 60));
            long id = created(editor, photo, fields("focalX", "0.5", "focalY", String.valueOf(700 / 1200d)));
            BufferedImage wide = Images.decode(fetch(url(id, "card", "jpeg")));
            assertEquals(640, wide.getWidth());
            assertEquals(360, wide.getHeight());
            assertTrue(Images.isRed(wide.getRGB(320, 180)), "the crop's centre is the red focal point");
        }

        @Test
        void neverEnlargesASmallOriginal() {
            long id = created(editor, Images.png(Images.picture(400, 300)), Map.of());
            BufferedImage wide = Images.decode(fetch(url(id, "wide", "jpeg")));
            assertEquals(400, wide.getWidth());
            assertEquals(225, wide.getHeight());
        }

        @Test
        void webpRenditionsDecode() {
            byte[] photo = Images.jpeg(Images.withRedSquare(1200, 800, 600, 400, 80));
            long id = created(editor, photo, Map.of());
            String url = url(id, "card", "webp");
            byte[] webp = given().get(url)
                    .then()
                    .statusCode(200)
                    .contentType("image/webp")
                    .extract()
                    .asByteArray();
            assertEquals("WEBP", new String(webp, 8, 4, StandardCharsets.ISO_8859_1));
            BufferedImage decoded = Images.decode(webp);
            assertEquals(640, decoded.getWidth());
            assertEquals(360, decoded.getHeight());
            assertTrue(Images.isRed(decoded.getRGB(320, 180)));
        }

        @Test
        void aWebpOriginalRendersToo() {
            long id = created(editor, Images.webp(Images.withRedSquare(900, 600, 450, 300, 60)), Map.of());
            BufferedImage card = Images.decode(fetch(url(id, "card", "jpeg")));
            assertEquals(640, card.getWidth());
            assertEquals(360, card.getHeight());
            assertTrue(Images.isRed(card.getRGB(320, 180)));
        }
    }

    @Nested
    class Caching {

        @Test
        void isMadeOnceStoredAndRevalidatedWithAStrongEtag() {
            long id = created(editor, Images.jpeg(Images.picture(1000, 800)), Map.of());
            String url = url(id, "card", "jpeg");
            double before = generated();
            var first = given().get(url)
                    .then()
                    .statusCode(200)
                    .contentType("image/jpeg")
                    .extract();
            String etag = first.header("ETag");
            assertTrue(etag.startsWith("\"") && !etag.startsWith("W/"), "a strong ETag: " + etag);
            assertEquals(before + 1, generated());
            assertEquals(
                    1L,
                    ((Number) em.createNativeQuery("select count(*) from media_renditions where media_id = :id")
                                    .setParameter("id", id)
                                    .getSingleResult())
                            .longValue());

            var second =
                    given().get(url).then().statusCode(200).header("ETag", etag).extract();
            assertArrayEquals(first.asByteArray(), second.asByteArray());
            given().header("If-None-Match", etag)
                    .get(url)
                    .then()
                    .statusCode(304)
                    .header("ETag", etag)
                    .header("Cache-Control", IMMUTABLE);
            assertEquals(before + 1, generated(), "read back, never made again");
        }

        @Test
        void aNewFocalPointGivesNewUrlsAndTheOldOnesGo() {
            long id = created(editor, Images.jpeg(Images.picture(1000, 800)), Map.of());
            String before = url(id, "card", "jpeg");
            fetch(before);
            as(editor)
                    .header("If-Match", etag(0))
                    .body(Map.of("focalX", 0.2, "focalY", 0.2))
                    .put("/api/admin/media/{id}", id)
                    .then()
                    .statusCode(200);
            String after = url(id, "card", "jpeg");
            assertThat(after, not(equalTo(before)));
            fetch(after);
            given().get(before).then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void anotherInstancesNewFocalPointIsHeardAndTheRenditionsHeldInMemoryGo() {
            long id = created(editor, Images.jpeg(Images.picture(1000, 800)), Map.of());
            String before = url(id, "card", "webp");
            fetch(before);
            fetch(before); // now held in this instance's memory
            // Written by another instance (or by hand): this one's service never saw it.
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("update media_items set focal_x = 0.1 where id = :id")
                            .setParameter("id", id)
                            .executeUpdate());
            ChangesHeard.await();
            given().get(before).then().statusCode(404);
        }

        @Test
        void unknownPresetsFormatsAndIdsAre404Problems() {
            long id = created(editor, Images.jpeg(Images.picture(500, 400)), Map.of());
            String url = url(id, "card", "jpeg");
            for (String wrong : new String[] {
                url.replace("/card.", "/geant."),
                url.replace(".jpeg", ".png"),
                url.replace("/media/" + id + "-", "/media/" + (id + 100_000) + "-"),
                "/media/" + id + "/card.jpeg",
                "/media/" + id,
                "/media/" + id + "/original.jpeg"
            }) {
                given().get(wrong).then().statusCode(404);
            }
            given().get(url.replace(".jpeg", ".gif"))
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://manchette.io/problems/not-found"));
        }

        @Test
        void takesNoQueryParameter() {
            long id = created(editor, Images.jpeg(Images.picture(500, 400)), Map.of());
            String url = url(id, "card", "jpeg");
            fetch(url);
            // A cache-busting ?v= would let anyone fill caches with copies: the URL is the version.
            given().queryParam("v", "2")
                    .get(url)
                    .then()
                    .statusCode(400)
                    .body("violations.field", org.hamcrest.Matchers.contains("v"));
        }

        @Test
        void aDeletedPhotosRenditionsGo() {
            long id = created(editor, Images.jpeg(Images.picture(600, 400)), Map.of());
            String url = url(id, "thumb", "webp");
            fetch(url);
            as(editor)
                    .header("If-Match", etag(0))
                    .delete("/api/admin/media/{id}", id)
                    .then()
                    .statusCode(204);
            given().get(url).then().statusCode(404);
            assertEquals(
                    0L,
                    ((Number) em.createNativeQuery("select count(*) from media_blobs where key like :k")
                                    .setParameter("k", "renditions/" + id + "/%")
                                    .getSingleResult())
                            .longValue());
        }
    }

    @Nested
    class Metadata {

        @Test
        void exifIsStrippedFromRenditions() {
            byte[] photo = Images.withExif(Images.jpeg(Images.picture(800, 600)), 1);
            assertTrue(Images.markers(photo).contains(0xe1), "the original carries EXIF with a GPS tag");
            long id = created(editor, photo, Map.of());
            byte[] rendition = fetch(url(id, "card", "jpeg"));
            assertThat(Images.markers(rendition), not(hasItem(0xe1)));
            assertFalse(new String(rendition, StandardCharsets.ISO_8859_1).contains("Exif"));
        }

        @Test
        void theExifOrientationIsApplied() {
            // Stored 400 × 200 with the left half red; orientation 6 (turn 90° clockwise to display):
            // displayed 200 × 400, the red half on top.
            BufferedImage stored = Images.picture(400, 200, 7, g -> {
                g.setColor(java.awt.Color.RED);
                g.fillRect(0, 0, 200, 200);
            });
            long id = created(editor, Images.withExif(Images.jpeg(stored), 6), Map.of());
            item(id).getInt("width");
            assertEquals(200, item(id).getInt("width"));
            assertEquals(400, item(id).getInt("height"));
            BufferedImage shown = Images.decode(fetch(url(id, "article", "jpeg")));
            assertEquals(200, shown.getWidth());
            assertEquals(400, shown.getHeight());
            assertTrue(Images.isRed(shown.getRGB(100, 50)), "top is red");
            assertFalse(Images.isRed(shown.getRGB(100, 350)), "bottom is not");
        }
    }

    @Test
    void originalsAreNeverServed() {
        long id = created(editor, Images.jpeg(Images.picture(300, 300)), Map.of());
        String digest = item(id).getString("digest");
        given().get("/media/originals/" + digest).then().statusCode(404);
        given().get("/media/" + id + "-" + digest.substring(0, 12) + "/original.jpeg")
                .then()
                .statusCode(404);
    }
}
