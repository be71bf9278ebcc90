package io.manchette.comment;

import static io.manchette.support.Api.as;
import static io.manchette.support.Api.reader;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.security.Roles;
import io.manchette.support.Concurrently;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Moderators approving comments of one article at the same instant leave its count exact. */
@QuarkusTest
class CommentCountRaceTest {

    static final int COMMENTS = 8;

    @Inject
    TestData data;

    @Test
    void concurrentApprovalsCountEveryComment() throws Exception {
        String moderator = data.user(Roles.MODERATOR);
        Article article = data.published(data.section("Affluence"), "Tout le monde commente");
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < COMMENTS; i++) {
            ids.add(reader().body(Map.of("authorName", "Lecteur " + i, "body", "Avis numéro " + i + "."))
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(202)
                    .extract()
                    .path("id"));
        }

        List<Integer> statuses = Concurrently.run(
                COMMENTS,
                i -> as(moderator)
                        .post("/api/admin/comments/{id}/approve", ids.get(i))
                        .statusCode());

        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);
        given().get("/api/articles/{slug}", article.getSlug())
                .then()
                .statusCode(200)
                .body("commentCount", org.hamcrest.Matchers.equalTo(COMMENTS));
    }
}
