package io.manchette.media;

import static io.restassured.RestAssured.given;

import io.manchette.support.TestData;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Multipart uploads to {@code /api/admin/media}, as a user of the test data. */
public final class MediaUploads {

    private MediaUploads() {}

    public static RequestSpecification signedIn(String user) {
        return given().auth().preemptive().basic(user, TestData.PASSWORD);
    }

    public static Response upload(String user, byte[] file, String filename, Map<String, String> fields) {
        return upload(signedIn(user), file, filename, fields);
    }

    public static Response upload(
            RequestSpecification request, byte[] file, String filename, Map<String, String> fields) {
        request = request.multiPart("file", filename, file, "application/octet-stream");
        for (var field : fields.entrySet()) {
            request = request.multiPart(new MultiPartSpecBuilder(field.getValue())
                    .controlName(field.getKey())
                    .mimeType("text/plain")
                    .charset(StandardCharsets.UTF_8)
                    .build());
        }
        return request.post("/api/admin/media");
    }

    public static Map<String, String> fields(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Uploads and answers the new item's id; fails unless 201. */
    public static long created(String user, byte[] file, Map<String, String> fields) {
        return upload(user, file, "photo.jpg", fields)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
