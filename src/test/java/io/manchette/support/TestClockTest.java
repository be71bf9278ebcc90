package io.manchette.support;

import static io.manchette.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.article.Article;
import io.manchette.article.ArticleWorkflow;
import io.manchette.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application runs on {@link TestClock} in tests: moving it moves what the application calls now. */
@QuarkusTest
class TestClockTest {

    @Inject
    Clock clock;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    TestData data;

    @Test
    void theInjectedClockIsTheTestClockAndTicksInMicroseconds() {
        Instant before = TestClock.now();
        TestClock.advance(Duration.ofHours(1));
        Instant after = clock.instant();
        assertFalse(after.isBefore(before.plus(Duration.ofHours(1))), "the injected clock moved with TestClock");
        assertTrue(!after.isAfter(TestClock.now()));
        assertTrue(TestClock.offset().compareTo(Duration.ofHours(1)) >= 0);
        assertEquals(0, after.getNano() % 1000, "microseconds, as PostgreSQL stores them");
    }

    @Test
    void theApplicationsRulesFollowTheTestClock() {
        String editor = data.user(Roles.EDITOR);
        Article article = data.draft(data.section("Horloge"), "À l’heure de l’horloge de test");
        Instant due = TestClock.now().plus(Duration.ofHours(1));
        as(editor)
                .body(Map.of("publishAt", due.toString()))
                .post("/api/admin/articles/{id}/schedule", article.getId())
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        assertFalse(workflow.runIfDue(article.getId()), "not due before the clock reaches publishAt");

        TestClock.advance(Duration.ofHours(1).plusSeconds(1));
        // Half an hour ahead of the system clock is now in the past for the application.
        Article other = data.draft(data.section("Horloge"), "Trop tard pour l’horloge de test");
        as(editor)
                .body(Map.of(
                        "publishAt", Instant.now().plus(Duration.ofMinutes(30)).toString()))
                .post("/api/admin/articles/{id}/schedule", other.getId())
                .then()
                .statusCode(400)
                .body("violations.field", contains("publishAt"));
        // And the article is due: published by this call, or by the scheduler if it came first.
        workflow.runIfDue(article.getId());
        Eventually.until(
                "the due article is published",
                () -> "PUBLISHED"
                        .equals(Api.asAdmin()
                                .get("/api/admin/articles/{id}", article.getId())
                                .then()
                                .extract()
                                .path("status")));
        assertFalse(workflow.runIfDue(article.getId()), "published once");
    }

    @Test
    void neverMovesBack() {
        assertThrows(IllegalArgumentException.class, () -> TestClock.advance(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> TestClock.advance(Duration.ZERO));
    }
}
