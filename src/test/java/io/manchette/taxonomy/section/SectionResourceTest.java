package io.manchette.taxonomy.section;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.manchette.security.Roles;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionResourceTest {

    @Inject
    TestData data;

    @Nested
    class PublicReads {

        @Test
        void showsOneSectionWithBreadcrumbAndChildren() {
            String monde = data.section("Monde");
            String europe = data.section(monde, "Europe");
            data.section(monde, "Amériques");

            anonymous()
                    .get("/api/sections/" + europe)
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("Europe"))
                    .body("breadcrumb.name", contains("Accueil", "Monde", "Europe"));
            anonymous()
                    .get("/api/sections/" + monde)
                    .then()
                    .body("children.name", contains("Amériques", "Europe"))
                    .body("breadcrumb.name", contains("Accueil", "Monde"));
        }

        @Test
        void showsTheWholeTree() {
            String monde = data.section("Monde");
            data.section(monde, "Europe");

            JsonPath tree = anonymous()
                    .get("/api/sections")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> roots = tree.getList("");
            var node = roots.stream()
                    .filter(s -> s.get("path").equals(monde))
                    .findFirst()
                    .orElseThrow();
            org.hamcrest.MatcherAssert.assertThat(
                    ((List<Map<String, Object>>) node.get("children"))
                            .stream().map(c -> c.get("name")).toList(),
                    contains("Europe"));
        }

        @Test
        void answersUnknownPathsWith404() {
            anonymous().get("/api/sections/nulle/part").then().statusCode(404).body("type", endsWith("/not-found"));
        }
    }

    @Nested
    class Management {

        @Test
        void createsWithPathFromParentAndRefusesATakenPath() {
            String monde = data.section("Monde");
            asAdmin()
                    .body(Map.of("name", "Proche-Orient", "parent", monde, "position", 3, "description", "Région"))
                    .post("/api/admin/sections")
                    .then()
                    .statusCode(201)
                    .header("ETag", equalTo(etag(0)))
                    .body("path", equalTo(monde + "/proche-orient"))
                    .body("parent", equalTo(monde))
                    .body("position", equalTo(3));
            asAdmin()
                    .body(Map.of("name", "Proche Orient", "parent", monde))
                    .post("/api/admin/sections")
                    .then()
                    .statusCode(409);
            asAdmin()
                    .body(Map.of("name", "Orpheline", "parent", "inexistante"))
                    .post("/api/admin/sections")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("parent"));
            asAdmin()
                    .body(Map.of("name", "", "slug", "Pas Un Slug"))
                    .post("/api/admin/sections")
                    .then()
                    .statusCode(400)
                    .body("violations.field", contains("name", "slug"));
        }

        @Test
        void movingASectionMovesItsDescendantsPaths() {
            String monde = data.section("Monde");
            var europe = data.sectionEntity(monde, "Europe");
            String balkans = data.section(europe.getPath(), "Balkans");
            String international = data.section("International");
            String slug = data.published(balkans, "Accord régional").getSlug();

            asAdmin()
                    .header("If-Match", etag(europe.getVersion()))
                    .body(Map.of("name", "Europe", "parent", international))
                    .put("/api/admin/sections/{id}", europe.getId())
                    .then()
                    .statusCode(200)
                    .body("path", equalTo(international + "/europe"))
                    .body("version", equalTo(1));
            anonymous()
                    .get("/api/sections/" + international + "/europe/balkans")
                    .then()
                    .statusCode(200)
                    .body("breadcrumb.name", contains("Accueil", "International", "Europe", "Balkans"));
            anonymous().get("/api/sections/" + balkans).then().statusCode(404);
            anonymous()
                    .get("/api/articles/{slug}", slug)
                    .then()
                    .body("section.path", equalTo(international + "/europe/balkans"));
        }

        @Test
        void refusesAMoveUnderItsOwnDescendantWith409() {
            var monde = data.sectionEntity(null, "Monde " + TestData.unique("x"));
            String europe = data.section(monde.getPath(), "Europe");
            asAdmin()
                    .header("If-Match", etag(monde.getVersion()))
                    .body(Map.of("name", "Monde", "parent", europe))
                    .put("/api/admin/sections/{id}", monde.getId())
                    .then()
                    .statusCode(409)
                    .body("type", endsWith("/problems/conflict"));
            asAdmin()
                    .header("If-Match", etag(monde.getVersion()))
                    .body(Map.of("name", "Monde", "parent", monde.getPath()))
                    .put("/api/admin/sections/{id}", monde.getId())
                    .then()
                    .statusCode(409);
        }

        @Test
        void refusesToDeleteASectionWithChildrenOrArticles() {
            var monde = data.sectionEntity(null, "Monde " + TestData.unique("x"));
            var europe = data.sectionEntity(monde.getPath(), "Europe");
            var sports = data.sectionEntity(null, "Sports " + TestData.unique("x"));
            data.draft(sports.getPath(), "Un match");

            asAdmin()
                    .header("If-Match", etag(monde.getVersion()))
                    .delete("/api/admin/sections/{id}", monde.getId())
                    .then()
                    .statusCode(409);
            asAdmin()
                    .header("If-Match", etag(sports.getVersion()))
                    .delete("/api/admin/sections/{id}", sports.getId())
                    .then()
                    .statusCode(409);
            asAdmin().delete("/api/admin/sections/{id}", europe.getId()).then().statusCode(428);
            asAdmin()
                    .header("If-Match", etag(europe.getVersion()))
                    .delete("/api/admin/sections/{id}", europe.getId())
                    .then()
                    .statusCode(204);
            asAdmin().get("/api/admin/sections/{id}", europe.getId()).then().statusCode(404);
        }

        @Test
        void listsAndReadsForEditorsOnly() {
            var section = data.sectionEntity(null, "Lecture " + TestData.unique("x"));
            String editor = data.user(Roles.EDITOR);
            as(editor)
                    .get("/api/admin/sections/{id}", section.getId())
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo(etag(0)));
            as(editor)
                    .queryParam("limit", 100)
                    .get("/api/admin/sections")
                    .then()
                    .statusCode(200)
                    .body("items", org.hamcrest.Matchers.notNullValue());
            anonymous().get("/api/admin/sections").then().statusCode(401);
            as(data.user()).get("/api/admin/sections").then().statusCode(403);
        }
    }
}
