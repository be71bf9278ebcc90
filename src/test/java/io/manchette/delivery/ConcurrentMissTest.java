package io.manchette.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** No stampede: concurrent misses of one answer compute it once, and the others wait for it. */
@QuarkusTest
class ConcurrentMissTest {

    static final int READERS = 8;

    @Inject
    TestData data;

    @Inject
    AnswerCache cache;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @Test
    void concurrentMissesOfOneAnswerComputeItOnce() throws Exception {
        Article article = data.published(data.section("Affluence"), "Tout le monde le lit");
        String path = "/api/articles/" + article.getSlug();
        long collapsedBefore = cache.stats().collapsed();
        List<Future<String>> statuses = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        // The table is locked, so the first reader's computation waits while the others arrive.
        try (var lock = DriverManager.getConnection(databaseUrl, "postgres", null)) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table articles in access exclusive mode");
            for (int i = 0; i < READERS; i++) {
                statuses.add(readers.submit(
                        () -> given().get(path).then().statusCode(200).extract().header("Cache-Status")));
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (cache.stats().collapsed() - collapsedBefore < READERS - 1) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the readers never all arrived");
                }
                Thread.onSpinWait();
            }
            lock.rollback();
        } finally {
            readers.shutdown();
        }
        List<String> seen = new ArrayList<>();
        for (Future<String> status : statuses) {
            seen.add(status.get());
        }
        assertEquals(
                1, seen.stream().filter("Manchette; fwd=miss; stored"::equals).count(), seen.toString());
        assertEquals(
                READERS - 1,
                seen.stream().filter("Manchette; fwd=miss; collapsed"::equals).count(),
                seen.toString());
    }
}
