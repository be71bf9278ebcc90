package io.manchette.taxonomy;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.manchette.security.Roles;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagAndAuthorResourceTest {

    @Inject
    TestData data;

    @Nested
    class Tags {

        @Test
        void createsReadsRenamesAndDeletesATag() {
            String editor = data.user(Roles.EDITOR);
            String slug = TestData.unique("elections");
            int id = as(editor)
                    .body(Map.of("name", "Élections", "slug", slug))
                    .post("/api/admin/tags")
                    .then()
                    .statusCode(201)
                    .header("ETag", equalTo(etag(0)))
                    .extract()
                    .path("id");
            anonymous().get("/api/tags/{slug}", slug).then().statusCode(200).body("name", equalTo("Élections"));
            as(editor)
                    .header("If-Match", etag(0))
                    .body(Map.of("name", "Élections européennes"))
                    .put("/api/admin/tags/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("slug", equalTo(slug))
                    .body("version", equalTo(1));
            as(editor)
                    .header("If-Match", etag(0))
                    .delete("/api/admin/tags/{id}", id)
                    .then()
                    .statusCode(412);
            as(editor)
                    .header("If-Match", etag(1))
                    .delete("/api/admin/tags/{id}", id)
                    .then()
                    .statusCode(204);
            anonymous().get("/api/tags/{slug}", slug).then().statusCode(404);
        }

        @Test
        void derivesTheSlugFromTheNameAndRefusesATakenOne() {
            String name = "Santé publique " + TestData.unique("x");
            asAdmin()
                    .body(Map.of("name", name))
                    .post("/api/admin/tags")
                    .then()
                    .statusCode(201)
                    .body("slug", equalTo(io.manchette.common.text.Slugifier.slugify(name)));
            asAdmin().body(Map.of("name", name)).post("/api/admin/tags").then().statusCode(409);
        }

        @Test
        void refusesToDeleteATagThatArticlesCarry() {
            var tag = data.tagEntity("Climat");
            data.draft(TestData.input(data.section("Planète"), "Canicule", List.of(tag.getSlug()), List.of(), false));
            asAdmin()
                    .header("If-Match", etag(tag.getVersion()))
                    .delete("/api/admin/tags/{id}", tag.getId())
                    .then()
                    .statusCode(409);
        }

        @Test
        void listsTagsAlphabeticallyWithACursor() {
            String prefix = TestData.unique("aaa");
            for (String name : List.of("b", "a", "c")) {
                asAdmin()
                        .body(Map.of("name", name, "slug", prefix + "-" + name))
                        .post("/api/admin/tags")
                        .then()
                        .statusCode(201);
            }
            String cursor = new io.manchette.common.paging.Cursor(prefix, 0)
                    .encode(io.manchette.common.paging.Cursor.Kind.TAGS);
            anonymous()
                    .queryParam("cursor", cursor)
                    .queryParam("limit", 2)
                    .get("/api/tags")
                    .then()
                    .statusCode(200)
                    .body("items.slug", contains(prefix + "-a", prefix + "-b"))
                    .body("nextCursor", notNullValue());
        }

        @Test
        void isManagedByEditorsOnly() {
            anonymous().body(Map.of("name", "X")).post("/api/admin/tags").then().statusCode(401);
            as(data.user())
                    .body(Map.of("name", "X"))
                    .post("/api/admin/tags")
                    .then()
                    .statusCode(403);
        }
    }

    @Nested
    class Authors {

        @Test
        void createsReadsUpdatesAndDeletesAnAuthor() {
            String slug = TestData.unique("jeanne-roux");
            int id = asAdmin()
                    .body(Map.of("name", "Jeanne Roux", "slug", slug, "bio", "Envoyée spéciale."))
                    .post("/api/admin/authors")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            anonymous()
                    .get("/api/authors/{slug}", slug)
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("Jeanne Roux"))
                    .body("bio", equalTo("Envoyée spéciale."));
            asAdmin()
                    .header("If-Match", etag(0))
                    .body(Map.of("name", "Jeanne Roux", "bio", "Cheffe du service Monde."))
                    .put("/api/admin/authors/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("bio", equalTo("Cheffe du service Monde."));
            asAdmin()
                    .header("If-Match", etag(1))
                    .delete("/api/admin/authors/{id}", id)
                    .then()
                    .statusCode(204);
            anonymous().get("/api/authors/{slug}", slug).then().statusCode(404);
        }

        @Test
        void refusesToDeleteAnAuthorWhoSignsArticles() {
            String slug = TestData.unique("paul-henri");
            int id = asAdmin()
                    .body(Map.of("name", "Paul Henri", "slug", slug))
                    .post("/api/admin/authors")
                    .then()
                    .extract()
                    .path("id");
            data.draft(TestData.input(data.section("Sports"), "Finale", List.of(), List.of(slug), false));
            asAdmin()
                    .header("If-Match", etag(0))
                    .delete("/api/admin/authors/{id}", id)
                    .then()
                    .statusCode(409);
        }

        @Test
        void listsAuthors() {
            anonymous()
                    .queryParam("limit", 5)
                    .get("/api/authors")
                    .then()
                    .statusCode(200)
                    .body("items", notNullValue());
        }
    }
}
