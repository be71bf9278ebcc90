package io.manchette.article;

import static io.manchette.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.security.Roles;
import io.manchette.support.Concurrently;
import io.manchette.support.NewArticle;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Articles created at the same instant never share a slug, and the loser of a race gets a 409, never a 500. */
@QuarkusTest
class SlugRaceTest {

    static final int WRITERS = 6;

    @Inject
    TestData data;

    Map<String, Object> article(String section, String title, String slug) {
        var article = NewArticle.in(section, title).body("Écrit en même temps.");
        return slug == null ? article.json() : article.slug(slug).json();
    }

    @Test
    void oneExplicitSlugGoesToOneArticle() throws Exception {
        String editor = data.user(Roles.EDITOR);
        String section = data.section("Course");
        String slug = TestData.unique("le-meme-slug");
        List<Integer> statuses = Concurrently.run(
                WRITERS,
                i -> as(editor)
                        .body(article(section, "Même adresse " + i, slug))
                        .post("/api/admin/articles")
                        .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
    }

    @Test
    void oneTitleWrittenAtOnceNeverGivesTwoArticlesOneSlug() throws Exception {
        String editor = data.user(Roles.EDITOR);
        String section = data.section("Course");
        String title = "Titre partagé " + TestData.unique("t");
        List<ExtractableResponse<Response>> answers = Concurrently.run(
                WRITERS,
                i -> as(editor)
                        .body(article(section, title, null))
                        .post("/api/admin/articles")
                        .then()
                        .extract());
        var slugs = new HashSet<String>();
        for (var answer : answers) {
            assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409, answer.asString());
            if (answer.statusCode() == 201) {
                assertTrue(slugs.add(answer.path("slug")), "a slug was given twice: " + slugs);
            }
        }
        assertTrue(!slugs.isEmpty());
    }
}
