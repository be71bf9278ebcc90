package io.manchette.common.request;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.support.Eventually;
import io.manchette.support.RunningInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged jar in production logs one JSON object a line, carrying the request's id. */
class JsonLogsIT {

    private static final String DATABASE =
            System.getenv().getOrDefault("MANCHETTE_TEST_DATABASE", "manchette") + "_logs";
    private static final Path LOG = Path.of("target", "it-logs.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void freshDatabase() throws Exception {
        RunningInstance.freshDatabase(DATABASE);
    }

    @Test
    void aRequestsLogLineIsJsonWithTheIdItReturned() throws Exception {
        try (var instance = RunningInstance.start("logs", DATABASE)) {
            String name = "Journal " + System.nanoTime();
            var response = given().baseUri(instance.url())
                    .auth()
                    .preemptive()
                    .basic("admin", RunningInstance.ADMIN_PASSWORD)
                    .contentType("application/json")
                    .body(Map.of("name", name))
                    .post("/api/admin/sections")
                    .then()
                    .statusCode(201)
                    .extract();
            String id = response.header(RequestIds.HEADER);
            String path = response.path("path");

            Eventually.until(
                    "the section's creation is logged",
                    () -> line("Section " + path + " created").isPresent());
            JsonNode line = JSON.readTree(line("Section " + path + " created").orElseThrow());
            assertEquals("INFO", line.path("level").asText());
            assertEquals(id, line.path("mdc").path(RequestIds.MDC_KEY).asText(), line.toString());
        }
    }

    /** The line of the log that holds {@code text}. */
    private static Optional<String> line(String text) {
        try {
            return Files.readAllLines(LOG).stream()
                    .filter(l -> l.contains(text))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
