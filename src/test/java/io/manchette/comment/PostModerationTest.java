package io.manchette.comment;

import static io.manchette.support.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.manchette.article.Article;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A site that runs post-moderation, with no trusted proxy: comments show at once, X-Forwarded-For is ignored. */
@QuarkusTest
@TestProfile(PostModerationTest.PostModeration.class)
class PostModerationTest {

    public static class PostModeration implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "manchette.comments.moderation", "post",
                    "manchette.comments.trusted-proxies", "192.0.2.1",
                    "quarkus.flyway.clean-at-start", "false");
        }
    }

    @Inject
    TestData data;

    @Test
    void showsCommentsAtOnceAndLimitsByPeerAddressWhateverTheHeaderSays() {
        Article article = data.published(data.section("Sports"), "Commentaires immédiats");
        for (int i = 1; i <= 3; i++) {
            anonymous()
                    .header("X-Forwarded-For", "10.1.1." + i) // not from a trusted proxy: ignored
                    .body(Map.of("authorName", "Supporter", "body", "But numéro " + i))
                    .post("/api/articles/{slug}/comments", article.getSlug())
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("APPROVED"));
        }
        anonymous()
                .get("/api/articles/{slug}/comments", article.getSlug())
                .then()
                .body("items.body", contains("But numéro 1", "But numéro 2", "But numéro 3"));
        anonymous().get("/api/articles/{slug}", article.getSlug()).then().body("commentCount", equalTo(3));
        anonymous()
                .header("X-Forwarded-For", "10.1.1.4")
                .body(Map.of("authorName", "Supporter", "body", "Encore"))
                .post("/api/articles/{slug}/comments", article.getSlug())
                .then()
                .statusCode(429);
    }
}
