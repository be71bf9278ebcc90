package io.manchette.media;

import static io.manchette.media.MediaUploads.created;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.manchette.security.Roles;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The S3 store, against S3Mock started for this class: originals and renditions land in the bucket. */
@QuarkusTest
@TestProfile(MediaS3StoreTest.S3Storage.class)
class MediaS3StoreTest {

    /** The application with {@code manchette.media.storage=s3}, pointed at S3Mock. */
    public static class S3Storage implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3Mock.class));
        }
    }

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    static S3Client bucket() {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(S3Mock.endpoint()))
                .region(Region.EU_WEST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    static byte[] object(S3Client s3, String key) {
        return s3.getObjectAsBytes(b -> b.bucket(S3Mock.BUCKET).key(key)).asByteArray();
    }

    @Test
    void keepsOriginalsAndRenditionsInTheBucket() {
        String editor = data.user(Roles.EDITOR);
        byte[] photo = Images.jpeg(Images.withRedSquare(1200, 800, 600, 400, 80));
        long id = created(editor, photo, Map.of("credit", "Photo : Manchette / Démo"));
        var item = as(editor).get("/api/admin/media/{id}", id).then().extract().jsonPath();
        String url = item.getString("renditions.find { it.preset == 'card' }.webp");
        byte[] rendition = given().get(url).then().statusCode(200).extract().asByteArray();
        assertEquals(640, Images.decode(rendition).getWidth());

        try (S3Client s3 = bucket()) {
            assertArrayEquals(photo, object(s3, "originals/" + item.getString("digest")));
            String tagged = url.substring("/media/".length());
            String renditionKey = "renditions/" + id + "/" + tagged.substring(tagged.indexOf('-') + 1);
            assertArrayEquals(rendition, object(s3, renditionKey));
            assertEquals(
                    0L,
                    ((Number) em.createNativeQuery("select count(*) from media_blobs")
                                    .getSingleResult())
                            .longValue(),
                    "nothing in PostgreSQL's store");

            as(editor)
                    .header("If-Match", etag(0))
                    .delete("/api/admin/media/{id}", id)
                    .then()
                    .statusCode(204);
            assertThrows(NoSuchKeyException.class, () -> object(s3, "originals/" + item.getString("digest")));
            assertThrows(NoSuchKeyException.class, () -> object(s3, renditionKey));
        }
    }
}
