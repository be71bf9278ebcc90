package io.manchette.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.manchette.support.Eventually;
import io.manchette.support.NewArticle;
import io.manchette.support.RunningInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Manchette processes on one database: a scheduled article goes live once, whichever instance
 * gets to it, and a schedule survives the restart of every instance.
 */
class TwoInstancesIT {

    private static final String DATABASE = RunningInstance.database("it");

    @BeforeAll
    static void freshDatabase() throws Exception {
        RunningInstance.freshDatabase(DATABASE);
    }

    record Scheduled(int id, String slug) {}

    /**
     * A draft scheduled at {@code lead} from now, measured when the request is sent: the lead only
     * has to cover the time this one request takes, however slow the machine was before.
     */
    static Scheduled scheduledArticle(RunningInstance instance, String title, Duration lead) {
        Scheduled draft = draftArticle(instance, title);
        String slug = instance.asAdmin()
                .body(Map.of("publishAt", Instant.now().plus(lead).toString()))
                .post("/api/admin/articles/{id}/schedule", draft.id())
                .then()
                .statusCode(200)
                .extract()
                .path("slug");
        return new Scheduled(draft.id(), slug);
    }

    static Scheduled draftArticle(RunningInstance instance, String title) {
        String section = instance.asAdmin()
                .body(Map.of("name", title))
                .post("/api/admin/sections")
                .then()
                .statusCode(201)
                .extract()
                .path("path");
        int id = (int) NewArticle.in(section, title)
                .body("Publié par le planificateur.")
                .createdBy(instance.asAdmin());
        String slug = instance.asAdmin()
                .get("/api/admin/articles/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("slug");
        return new Scheduled(id, slug);
    }

    static void awaitPublished(RunningInstance instance, String slug) {
        Eventually.until(
                slug + " is published",
                () -> given().baseUri(instance.url())
                                .get("/api/articles/{slug}", slug)
                                .statusCode()
                        == 200);
    }

    @Test
    void aScheduledArticleIsPublishedOnceByTwoInstances() throws Exception {
        try (var first = RunningInstance.start("a", DATABASE);
                var second = RunningInstance.start("b", DATABASE)) {
            var article = scheduledArticle(first, "Deux instances, une publication", Duration.ofSeconds(5));
            awaitPublished(second, article.slug());
            // Both schedulers finish two more turns: a second publication would be in the audit now.
            first.awaitTurns("manchette_scheduler_turns_total", 2);
            second.awaitTurns("manchette_scheduler_turns_total", 2);
            second.asAdmin()
                    .queryParam("targetId", article.id())
                    .queryParam("action", "article.publish")
                    .get("/api/admin/audit")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].actor", equalTo("system"));
        }
    }

    @Test
    void anEditThroughOneInstanceShowsOnTheOtherWithinASecond() throws Exception {
        try (var first = RunningInstance.start("e", DATABASE);
                var second = RunningInstance.start("f", DATABASE)) {
            var article = draftArticle(first, "Vu par les deux instances");
            first.asAdmin()
                    .post("/api/admin/articles/{id}/publish", article.id())
                    .then()
                    .statusCode(200);
            awaitPublished(second, article.slug());
            for (int i = 0; i < 3; i++) { // the second instance now answers from its cache
                given().baseUri(second.url())
                        .get("/api/articles/{slug}", article.slug())
                        .then()
                        .statusCode(200);
            }
            int version = first.asAdmin()
                    .get("/api/admin/articles/{id}", article.id())
                    .then()
                    .extract()
                    .path("version");
            first.asAdmin()
                    .header("If-Match", "\"" + version + "\"")
                    .contentType("application/merge-patch+json; charset=UTF-8")
                    .body("{\"title\": \"Modifié sur la première instance\"}")
                    .patch("/api/admin/articles/{id}", article.id())
                    .then()
                    .statusCode(200);
            // Within milliseconds in practice; the deadline is generous so that a loaded machine passes.
            Instant deadline = Instant.now().plusSeconds(20);
            String title;
            do {
                title = given().baseUri(second.url())
                        .get("/api/articles/{slug}", article.slug())
                        .then()
                        .extract()
                        .path("title");
            } while (!"Modifié sur la première instance".equals(title)
                    && Instant.now().isBefore(deadline));
            org.junit.jupiter.api.Assertions.assertEquals("Modifié sur la première instance", title);
        }
    }

    @Test
    void aScheduleSurvivesTheRestartOfEveryInstance() throws Exception {
        String slug;
        try (var before = RunningInstance.start("c", DATABASE)) {
            slug = scheduledArticle(before, "Programmé avant un redémarrage", Duration.ofSeconds(8))
                    .slug();
        }
        try (var after = RunningInstance.start("d", DATABASE)) {
            awaitPublished(after, slug);
        }
    }
}
