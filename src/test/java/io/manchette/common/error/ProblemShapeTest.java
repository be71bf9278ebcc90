package io.manchette.common.error;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error status answers in the one RFC 9457 shape, with its stable type and the request path. */
@QuarkusTest
class ProblemShapeTest {

    @Inject
    TestData data;

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(400, "validation", (Supplier<ValidatableResponse>) () -> asAdmin()
                        .body(Map.of("name", ""))
                        .post("/api/admin/tags")
                        .then()),
                Arguments.of(400, "malformed-request", (Supplier<ValidatableResponse>)
                        () -> asAdmin().body("{oops").post("/api/admin/tags").then()),
                Arguments.of(401, "unauthorized", (Supplier<ValidatableResponse>)
                        () -> anonymous().get("/api/admin/tags").then()),
                Arguments.of(404, "not-found", (Supplier<ValidatableResponse>)
                        () -> anonymous().get("/api/nulle-part").then()),
                Arguments.of(405, "method-not-allowed", (Supplier<ValidatableResponse>)
                        () -> anonymous().delete("/api/articles").then()),
                Arguments.of(406, "not-acceptable", (Supplier<ValidatableResponse>)
                        () -> given().accept("text/html").get("/api/sections").then()),
                Arguments.of(413, "payload-too-large", (Supplier<ValidatableResponse>) () -> asAdmin()
                        .body("{\"name\": \"" + "a".repeat(1_100_000) + "\"}")
                        .post("/api/admin/tags")
                        .then()),
                Arguments.of(415, "unsupported-media-type", (Supplier<ValidatableResponse>) () -> asAdmin()
                        .contentType("text/plain")
                        .body("Monde")
                        .post("/api/admin/tags")
                        .then()),
                Arguments.of(428, "precondition-required", (Supplier<ValidatableResponse>) () -> asAdmin()
                        .body(Map.of("name", "x"))
                        .put("/api/admin/tags/1")
                        .then()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("errors")
    void answersWithProblemDetails(int status, String type, Supplier<ValidatableResponse> call) {
        call.get()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/" + type))
                .body("status", equalTo(status))
                .body("title", not(equalTo(null)))
                .body("detail", not(equalTo(null)))
                .body("instance", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("io.manchette")));
    }

    @Test
    void conflictAndStalenessHaveTheirShapeToo() {
        String slug = TestData.unique("doublon");
        asAdmin()
                .body(Map.of("name", "Doublon", "slug", slug))
                .post("/api/admin/tags")
                .then()
                .statusCode(201);
        asAdmin()
                .body(Map.of("name", "Doublon", "slug", slug))
                .post("/api/admin/tags")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/conflict"));

        var tag = data.tagEntity("Périmé");
        asAdmin()
                .header("If-Match", "\"" + (tag.getVersion() + 3) + "\"")
                .body(Map.of("name", "Périmé"))
                .put("/api/admin/tags/{id}", tag.getId())
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/precondition-failed"))
                .body("currentVersion", equalTo((int) tag.getVersion()));
    }
}
