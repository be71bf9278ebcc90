package io.manchette.audit;

import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static io.manchette.support.Api.reader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Management changes beyond articles are audited too, with who, versions and address. */
@QuarkusTest
class AuditTest {

    @Inject
    TestData data;

    @Test
    void sectionChangesAreTracedWithVersionsAndAddress() {
        String editor = data.user(Roles.EDITOR);
        int id = as(editor)
                .body(Map.of("name", "Auditée " + TestData.unique("x")))
                .post("/api/admin/sections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String name =
                as(editor).get("/api/admin/sections/{id}", id).then().extract().path("name");
        as(editor)
                .header("If-Match", etag(0))
                .body(Map.of("name", name + " bis"))
                .put("/api/admin/sections/{id}", id)
                .then()
                .statusCode(200);
        as(editor)
                .header("If-Match", etag(1))
                .delete("/api/admin/sections/{id}", id)
                .then()
                .statusCode(204);

        asAdmin()
                .queryParam("targetType", "section")
                .queryParam("targetId", id)
                .get("/api/admin/audit")
                .then()
                .statusCode(200)
                .body("items.action", contains("section.delete", "section.update", "section.create"))
                .body("items[1].versionBefore", equalTo(0))
                .body("items[1].versionAfter", equalTo(1))
                .body("items.actor", contains(editor, editor, editor))
                .body("items[0].clientAddress", notNullValue());
    }

    @Test
    void moderationUsersAndTheFrontPageAreTraced() {
        Article article = data.published(data.section("Audit"), "Article commenté et audité");
        long comment = reader().body(Map.of("authorName", "A", "body", "Un avis."))
                .post("/api/articles/{slug}/comments", article.getSlug())
                .then()
                .extract()
                .jsonPath()
                .getLong("id");
        String moderator = data.user(Roles.MODERATOR);
        as(moderator).post("/api/admin/comments/{id}/approve", comment).then().statusCode(200);
        asAdmin()
                .queryParam("targetType", "comment")
                .queryParam("targetId", comment)
                .get("/api/admin/audit")
                .then()
                .body("items.action", contains("comment.approve"))
                .body("items[0].actor", equalTo(moderator));

        asAdmin()
                .queryParam("actor", "admin")
                .queryParam("action", "user.create")
                .queryParam("limit", 1)
                .get("/api/admin/audit")
                .then()
                .body("items", notNullValue());
        long version = asAdmin()
                .get("/api/admin/front-page")
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
        asAdmin()
                .header("If-Match", etag(version))
                .body(Map.of("slugs", List.of(article.getSlug())))
                .put("/api/admin/front-page")
                .then()
                .statusCode(200);
        asAdmin()
                .queryParam("targetType", "front-page")
                .get("/api/admin/audit")
                .then()
                .body("items.action", hasItem("front-page.update"))
                .body("items[0].versionAfter", equalTo((int) version + 1));
        asAdmin()
                .queryParam("from", "pas-une-date")
                .get("/api/admin/audit")
                .then()
                .statusCode(400);
    }
}
