package io.manchette.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.support.Api;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A listener that cannot die silently: a killed one is noticed, reconnected, and nothing missed is served. */
@QuarkusTest
class ChangeListenerTest {

    @Inject
    TestData data;

    @Inject
    ChangeListener listener;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String databaseUrl;

    @Test
    void aKilledListenerIsReplacedAndWhatItMissedIsDropped() throws Exception {
        Article article = data.published(data.section("Écoute"), "Avant la coupure");
        String path = "/api/articles/" + article.getSlug();
        Api.warmCache(path);
        long connections = listener.connections();
        try (var connection = DriverManager.getConnection(databaseUrl, "postgres", null);
                var statement = connection.createStatement()) {
            statement.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where application_name = '" + ChangeListener.APPLICATION_NAME + "'"
                    + " and datname = current_database()");
            // A change nobody hears: written with the triggers off, as if announced while the
            // listener was away.
            statement.execute("set session_replication_role = replica");
            statement.executeUpdate("update articles set title = 'Pendant la coupure' where id = " + article.getId());
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!"Pendant la coupure".equals(given().get(path).path("title"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("what the dead listener missed was served");
            }
            Thread.onSpinWait();
        }
        while (!listener.isConnected() || listener.connections() == connections) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the dead listener was never replaced");
            }
            Thread.onSpinWait();
        }
        Api.warmCache(path);
        assertEquals("Manchette; hit", given().get(path).header("Cache-Status"), "the cache serves again");
    }
}
