package io.manchette.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed openapi.yaml is what the code serves: front-end developers read the file. */
@QuarkusTest
class OpenApiDriftTest {

    @Test
    void committedOpenApiMatchesTheServedDocument() throws IOException {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // Written on every run, so regenerating the committed file is one copy.
        Files.writeString(Path.of("target", "openapi.yaml"), served);
        String committed = Files.readString(Path.of("openapi.yaml"));
        assertEquals(
                served.strip(),
                committed.strip(),
                "openapi.yaml is out of date: copy target/openapi.yaml (written by this test) over it");
    }
}
