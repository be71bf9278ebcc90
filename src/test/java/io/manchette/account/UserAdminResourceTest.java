package io.manchette.account;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.manchette.security.Roles;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserAdminResourceTest {

    @Inject
    TestData data;

    @Nested
    class CreateAndSignIn {

        @Test
        void createsAUserWhoCanThenSignInAndNeverShowsThePassword() {
            String username = TestData.unique("claire");
            asAdmin()
                    .body(Map.of("username", username, "password", "une-phrase-secrete", "roles", List.of("editor")))
                    .post("/api/admin/users")
                    .then()
                    .statusCode(201)
                    .header("ETag", equalTo(etag(0)))
                    .body("username", equalTo(username))
                    .body("roles", contains("editor"))
                    .body(not(containsString("une-phrase-secrete")))
                    .body(not(containsString("$2")));

            given().auth()
                    .preemptive()
                    .basic(username, "une-phrase-secrete")
                    .get("/api/admin/me")
                    .then()
                    .statusCode(200)
                    .body("username", equalTo(username))
                    .body("roles", contains("editor"));
        }

        @Test
        void refusesBadInputTakenNamesAndUnknownRoles() {
            asAdmin()
                    .body(Map.of("username", "X Y", "password", "court", "roles", List.of()))
                    .post("/api/admin/users")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("password", "roles", "username"));
            asAdmin()
                    .body(Map.of(
                            "username",
                            TestData.unique("r"),
                            "password",
                            "assez-longue-phrase",
                            "roles",
                            List.of("pape")))
                    .post("/api/admin/users")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("roles[0]"));
            asAdmin()
                    .body(Map.of("username", "admin", "password", "assez-longue-phrase", "roles", List.of("editor")))
                    .post("/api/admin/users")
                    .then()
                    .statusCode(409);
        }

        @Test
        void isForAdministratorsOnly() {
            anonymous().get("/api/admin/users").then().statusCode(401);
            as(data.user(Roles.EDITOR)).get("/api/admin/users").then().statusCode(403);
            asAdmin()
                    .get("/api/admin/users")
                    .then()
                    .statusCode(200)
                    .body("items.username", org.hamcrest.Matchers.hasItem("admin"));
        }
    }

    @Nested
    class UpdateAndDelete {

        @Test
        void changesRolesAndPasswordWithIfMatch() {
            String username = data.user(Roles.EDITOR);
            Object id = userId(username);
            asAdmin()
                    .body(Map.of("roles", List.of("editor", "admin"), "password", "nouvelle-phrase-longue"))
                    .put("/api/admin/users/{id}", id)
                    .then()
                    .statusCode(428);
            asAdmin()
                    .header("If-Match", etag(0))
                    .body(Map.of("roles", List.of("editor", "admin"), "password", "nouvelle-phrase-longue"))
                    .put("/api/admin/users/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("roles", contains("admin", "editor"));
            given().auth()
                    .preemptive()
                    .basic(username, "nouvelle-phrase-longue")
                    .get("/api/admin/users")
                    .then()
                    .statusCode(200);
            asAdmin()
                    .header("If-Match", etag(1))
                    .delete("/api/admin/users/{id}", id)
                    .then()
                    .statusCode(204);
            given().auth()
                    .preemptive()
                    .basic(username, "nouvelle-phrase-longue")
                    .get("/api/admin/me")
                    .then()
                    .statusCode(401);
        }

        @Test
        void neverRemovesTheLastAdministrator() {
            // Demote every other administrator (tests run one at a time and only ever sign in as
            // their own users or as "admin"), so that "admin" is the last one.
            for (Map<String, Object> user : allUsers()) {
                if (!user.get("username").equals("admin") && ((List<?>) user.get("roles")).contains("admin")) {
                    asAdmin()
                            .header("If-Match", etag(((Number) user.get("version")).longValue()))
                            .body(Map.of("roles", List.of("editor")))
                            .put("/api/admin/users/{id}", user.get("id"))
                            .then()
                            .statusCode(200);
                }
            }
            Object adminId = userId("admin");
            long version = asAdmin()
                    .get("/api/admin/users/{id}", adminId)
                    .then()
                    .extract()
                    .jsonPath()
                    .getLong("version");

            asAdmin()
                    .header("If-Match", etag(version))
                    .body(Map.of("roles", List.of("editor")))
                    .put("/api/admin/users/{id}", adminId)
                    .then()
                    .statusCode(409)
                    .body("detail", containsString("last administrator"));
            asAdmin()
                    .header("If-Match", etag(version))
                    .delete("/api/admin/users/{id}", adminId)
                    .then()
                    .statusCode(409);
            asAdmin().get("/api/admin/me").then().statusCode(200).body("roles", contains("admin"));
        }

        List<Map<String, Object>> allUsers() {
            List<Map<String, Object>> all = new java.util.ArrayList<>();
            String cursor = null;
            do {
                var page = asAdmin()
                        .queryParam("limit", 100)
                        .queryParam("cursor", cursor == null ? "" : cursor)
                        .get("/api/admin/users")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
                all.addAll(page.getList("items"));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            return all;
        }

        Object userId(String username) {
            return allUsers().stream()
                    .filter(user -> user.get("username").equals(username))
                    .findFirst()
                    .orElseThrow()
                    .get("id");
        }
    }
}
