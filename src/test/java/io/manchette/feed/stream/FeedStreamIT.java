package io.manchette.feed.stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.support.NewArticle;
import io.manchette.support.RunningInstance;
import io.manchette.support.SseClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged instances on one database: an article published through one reaches a client of
 * the other's stream, and that client
 * resumes on the first instance with the id the second gave it.
 */
class FeedStreamIT {

    private static final String DATABASE = RunningInstance.database("stream_it");

    @BeforeAll
    static void freshDatabase() throws Exception {
        RunningInstance.freshDatabase(DATABASE);
    }

    record Draft(int id, String slug) {}

    static Draft draft(RunningInstance instance, String section, String title) {
        int id = (int) NewArticle.in(section, title).body("Vu en direct.").createdBy(instance.asAdmin());
        String slug = instance.asAdmin()
                .get("/api/admin/articles/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .path("slug");
        return new Draft(id, slug);
    }

    static boolean item(SseClient.Event event, Draft article) {
        return event.type().equals("item") && event.data().contains("\"slug\":\"" + article.slug() + "\"");
    }

    @Test
    void aPublicationThroughOneInstanceReachesTheStreamOfTheOtherWithinTwoSeconds() throws Exception {
        try (var first = RunningInstance.start("stream-a", DATABASE);
                var second = RunningInstance.start("stream-b", DATABASE)) {
            String section = first.asAdmin()
                    .body(Map.of("name", "En direct"))
                    .post("/api/admin/sections")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("path");
            String position;
            try (var client = SseClient.open(second.url() + "/api/feed/stream")) {
                client.awaitPosition();
                Draft article = draft(first, section, "Publié sur A, lu sur B");
                first.asAdmin()
                        .post("/api/admin/articles/{id}/publish", article.id())
                        .then()
                        .statusCode(200);
                // How fast is bench/'s to measure; a loaded CI machine only proves that it arrives.
                client.await("the item on the other instance", e -> item(e, article));
                position = client.lastEventId();
            }
            Draft missed = draft(second, section, "Publié pendant la coupure");
            second.asAdmin()
                    .post("/api/admin/articles/{id}/publish", missed.id())
                    .then()
                    .statusCode(200);
            // The id the second instance gave is good on the first: ids are the change events'.
            try (var client = SseClient.open(first.url() + "/api/feed/stream", position)) {
                client.await("the missed item, caught up on the other instance", e -> item(e, missed));
                assertTrue(
                        client.events().stream().noneMatch(e -> e.type().equals("reset")),
                        client.events().toString());
            }
        }
    }
}
