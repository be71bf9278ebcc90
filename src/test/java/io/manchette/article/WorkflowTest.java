package io.manchette.article;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static io.manchette.support.Api.etag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.manchette.security.Roles;
import io.manchette.support.NewArticle;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The editorial workflow: every transition from every state, and who may take it. */
@QuarkusTest
class WorkflowTest {

    @Inject
    TestData data;

    String section;
    String editor;

    @BeforeEach
    void setUp() {
        section = data.section("Flux de travail");
        editor = data.user(Roles.EDITOR);
    }

    Map<String, Object> article(String title) {
        return NewArticle.in(section, title).json();
    }

    long create(String user, String title) {
        return NewArticle.in(section, title).createdBy(as(user));
    }

    /** An article brought to {@code state} by an editor. */
    long inState(String state) {
        long id = create(editor, "Article " + state);
        switch (state) {
            case "IN_REVIEW" -> act(id, "submit", 200);
            case "SCHEDULED" -> schedule(id, "2099-01-01T00:00:00Z", 200);
            case "PUBLISHED" -> act(id, "publish", 200);
            case "ARCHIVED" -> {
                act(id, "publish", 200);
                act(id, "archive", 200);
            }
            default -> {}
        }
        return id;
    }

    void act(long id, String action, int status) {
        as(editor).post("/api/admin/articles/{id}/" + action, id).then().statusCode(status);
    }

    void schedule(long id, String at, int status) {
        as(editor)
                .body(Map.of("publishAt", at))
                .post("/api/admin/articles/{id}/schedule", id)
                .then()
                .statusCode(status);
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
        "DRAFT,     submit,    IN_REVIEW",
        "DRAFT,     publish,   PUBLISHED",
        "DRAFT,     schedule,  SCHEDULED",
        "DRAFT,     unpublish, 409",
        "DRAFT,     archive,   409",
        "IN_REVIEW, submit,    409",
        "IN_REVIEW, publish,   PUBLISHED",
        "IN_REVIEW, schedule,  SCHEDULED",
        "IN_REVIEW, unpublish, DRAFT",
        "IN_REVIEW, archive,   409",
        "SCHEDULED, submit,    409",
        "SCHEDULED, publish,   PUBLISHED",
        "SCHEDULED, schedule,  SCHEDULED",
        "SCHEDULED, unpublish, DRAFT",
        "SCHEDULED, archive,   409",
        "PUBLISHED, submit,    409",
        "PUBLISHED, publish,   409",
        "PUBLISHED, schedule,  409",
        "PUBLISHED, unpublish, DRAFT",
        "PUBLISHED, archive,   ARCHIVED",
        "ARCHIVED,  submit,    409",
        "ARCHIVED,  publish,   PUBLISHED",
        "ARCHIVED,  schedule,  409",
        "ARCHIVED,  unpublish, DRAFT",
        "ARCHIVED,  archive,   409"
    })
    void everyTransitionIsAllowedOrRefusedWith409NamingTheAllowedOnes(String from, String action, String to) {
        long id = inState(from);
        var request = as(editor);
        if (action.equals("schedule")) {
            request = request.body(Map.of("publishAt", "2099-06-01T00:00:00Z"));
        }
        var response = request.post("/api/admin/articles/{id}/" + action, id).then();
        if (to.equals("409")) {
            response.statusCode(409).contentType("application/problem+json").body("detail", containsString("allowed"));
            asAdmin().get("/api/admin/articles/{id}", id).then().body("status", equalTo(from));
        } else {
            long version = response.statusCode(200)
                    .body("status", equalTo(to))
                    .extract()
                    .jsonPath()
                    .getLong("version");
            asAdmin()
                    .queryParam("targetId", id)
                    .queryParam("action", "article." + action)
                    .get("/api/admin/audit")
                    .then()
                    .body("items[0].actor", equalTo(editor))
                    .body("items[0].versionAfter", equalTo((int) version))
                    .body("items[0].versionBefore", equalTo((int) version - 1));
        }
    }

    @ParameterizedTest
    @CsvSource({"IN_REVIEW, submit, submitted", "PUBLISHED, schedule, scheduled", "DRAFT, archive, archived"})
    void aRefusedActionIsNamedInPlainEnglish(String from, String action, String participle) {
        long id = inState(from);
        var request = as(editor);
        if (action.equals("schedule")) {
            request = request.body(Map.of("publishAt", "2099-06-01T00:00:00Z"));
        }
        request.post("/api/admin/articles/{id}/" + action, id)
                .then()
                .statusCode(409)
                .body("detail", startsWith("An article in " + from + " cannot be " + participle + "; allowed: "));
    }

    @Test
    void publishedAtIsSetOnFirstPublicationAndKept() {
        long id = inState("PUBLISHED");
        String first =
                asAdmin().get("/api/admin/articles/{id}", id).then().extract().path("publishedAt");
        act(id, "archive", 200);
        act(id, "publish", 200);
        asAdmin().get("/api/admin/articles/{id}", id).then().body("publishedAt", equalTo(first));
    }

    @Test
    void theAdminViewNamesTheAllowedActions() {
        long id = inState("IN_REVIEW");
        asAdmin()
                .get("/api/admin/articles/{id}", id)
                .then()
                .body("allowedActions", equalTo(List.of("publish", "schedule", "unpublish")));
    }

    @Nested
    class Authors {

        String author;
        String otherAuthor;

        @BeforeEach
        void setUp() {
            author = data.user(Roles.AUTHOR);
            otherAuthor = data.user(Roles.AUTHOR);
        }

        @Test
        void writeAndSubmitTheirOwnDraftsButNeverPublish() {
            long id = create(author, "Le papier d’un auteur");
            asAdmin().get("/api/admin/articles/{id}", id).then().body("owner", equalTo(author));
            as(author)
                    .header("If-Match", etag(0))
                    .body(article("Le papier d’un auteur, relu"))
                    .put("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(200);
            for (String action : List.of("publish", "unpublish", "archive")) {
                as(author).post("/api/admin/articles/{id}/" + action, id).then().statusCode(403);
            }
            as(author)
                    .body(Map.of("publishAt", "2099-01-01T00:00:00Z"))
                    .post("/api/admin/articles/{id}/schedule", id)
                    .then()
                    .statusCode(403);
            as(author)
                    .post("/api/admin/articles/{id}/submit", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("IN_REVIEW"));
            as(author)
                    .header("If-Match", etag(2))
                    .body(article("Encore modifiable en relecture"))
                    .put("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(200);
            act(id, "publish", 200);
            as(author)
                    .header("If-Match", etag(4))
                    .body(article("Trop tard"))
                    .put("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }

        @Test
        void cannotTouchAnotherAuthorsArticle() {
            long id = create(author, "Pas à toi");
            as(otherAuthor)
                    .header("If-Match", etag(0))
                    .body(article("Détourné"))
                    .put("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(403);
            as(otherAuthor).post("/api/admin/articles/{id}/submit", id).then().statusCode(403);
            as(otherAuthor)
                    .header("If-Match", etag(0))
                    .delete("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(403);
            as(otherAuthor)
                    .header("If-Match", etag(0))
                    .contentType("application/merge-patch+json; charset=UTF-8")
                    .body("{\"title\": \"Détourné\"}")
                    .patch("/api/admin/articles/{id}", id)
                    .then()
                    .statusCode(403);
            as(author).get("/api/admin/articles/{id}", id).then().statusCode(200);
        }

        @Test
        void moderatorsAndAnonymousCannotWriteArticles() {
            as(data.user(Roles.MODERATOR))
                    .body(article("Non"))
                    .post("/api/admin/articles")
                    .then()
                    .statusCode(403);
            anonymous().body(article("Non")).post("/api/admin/articles").then().statusCode(401);
        }
    }

    @Nested
    class Preview {

        @Test
        void showsADraftInTheDeliveryShapeToTheNewsroomOnly() {
            long id = create(editor, "Aperçu d’un brouillon");
            String slug = as(editor)
                    .get("/api/admin/articles/{id}/preview", id)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Aperçu d’un brouillon"))
                    .body("breadcrumb.name", hasItem("Accueil"))
                    .body("seo.canonicalUrl", notNullValue())
                    .extract()
                    .path("slug");
            anonymous().get("/api/articles/{slug}", slug).then().statusCode(404);
            anonymous().get("/api/admin/articles/{id}/preview", id).then().statusCode(401);
            as(data.user(Roles.MODERATOR))
                    .get("/api/admin/articles/{id}/preview", id)
                    .then()
                    .statusCode(403);
        }
    }
}
