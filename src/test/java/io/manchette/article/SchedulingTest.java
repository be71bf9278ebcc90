package io.manchette.article;

import static io.manchette.support.Api.anonymous;
import static io.manchette.support.Api.as;
import static io.manchette.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.manchette.security.Roles;
import io.manchette.support.Eventually;
import io.manchette.support.NewArticle;
import io.manchette.support.TestClock;
import io.manchette.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduling: on time, once, with failures kept on the article. */
@QuarkusTest
class SchedulingTest {

    @Inject
    TestData data;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    ArticleRepository articles;

    @Inject
    EntityManager em;

    String section;
    String editor;

    @BeforeEach
    void setUp() {
        section = data.section("Programmation");
        editor = data.user(Roles.EDITOR);
    }

    long create(String title) {
        return NewArticle.in(section, title).createdBy(as(editor));
    }

    String schedule(long id, Instant at, Instant until) {
        var body = until == null
                ? Map.of("publishAt", at.toString())
                : Map.of("publishAt", at.toString(), "unpublishAt", until.toString());
        return as(editor)
                .body(body)
                .post("/api/admin/articles/{id}/schedule", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .extract()
                .path("slug");
    }

    /** Far enough ahead that no machine, however slow, gets there before the test moves the clock. */
    static final Duration AHEAD = Duration.ofHours(1);

    String status(long id) {
        return asAdmin().get("/api/admin/articles/{id}", id).then().extract().path("status");
    }

    @Test
    void publishesWithinSecondsOfPublishAtAndOnlyOnce() {
        long id = create("Programmé pour bientôt");
        Instant publishAt = TestClock.now().plus(AHEAD);
        String slug = schedule(id, publishAt, null);
        anonymous().get("/api/articles/{slug}", slug).then().statusCode(404);
        as(editor)
                .get("/api/admin/schedule")
                .then()
                .body("items.id", hasItem((int) id))
                .body("items.find { it.id == " + id + " }.action", equalTo("publish"));

        TestClock.advance(AHEAD.plusSeconds(1));
        Eventually.until(
                "published by the scheduler",
                () -> anonymous().get("/api/articles/{slug}", slug).statusCode() == 200);
        Instant seenAt = TestClock.now();
        asAdmin()
                .queryParam("targetType", "article")
                .queryParam("targetId", id)
                .queryParam("action", "article.publish")
                .get("/api/admin/audit")
                .then()
                .body("items.actor", contains("system"))
                .body("items[0].detail", equalTo("by the scheduler"));
        Instant publishedAt = Instant.parse(
                asAdmin().get("/api/admin/articles/{id}", id).then().extract().path("publishedAt"));
        // In the application's time: not before publishAt, not after it was seen, within seconds of publishAt.
        assertFalse(publishedAt.isBefore(publishAt), "published at " + publishedAt + ", due " + publishAt);
        assertFalse(publishedAt.isAfter(seenAt), "published at " + publishedAt + ", seen " + seenAt);
        assertTrue(
                Duration.between(publishAt, publishedAt).getSeconds() < 5,
                "published at " + publishedAt + ", due " + publishAt);
    }

    @Test
    void archivesAtUnpublishAt() {
        long id = create("Publié puis retiré");
        Instant publishAt = TestClock.now().plus(AHEAD);
        String slug = schedule(id, publishAt, publishAt.plus(AHEAD));
        TestClock.advance(AHEAD.plusSeconds(1));
        Eventually.until(
                "published at publishAt",
                () -> anonymous().get("/api/articles/{slug}", slug).statusCode() == 200);
        TestClock.advance(AHEAD);
        Eventually.until("archived at unpublishAt", () -> "ARCHIVED".equals(status(id)));
        anonymous().get("/api/articles/{slug}", slug).then().statusCode(404);
    }

    @Test
    void dueArticlesComeOldestDueFirst() {
        long later = create("Dû en second");
        long sooner = create("Dû en premier");
        schedule(later, Instant.parse("2098-03-02T00:00:00Z"), null);
        schedule(sooner, Instant.parse("2098-03-01T00:00:00Z"), null);
        // Asked as of 2098, far beyond the test clock, so the running scheduler leaves both alone.
        Instant then = Instant.parse("2098-03-03T00:00:00Z");
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> articles.listDue(then, then, 100_000));
        assertTrue(due.indexOf(sooner) >= 0 && due.indexOf(sooner) < due.indexOf(later), "order: " + due);
    }

    @Test
    void refusesTimesInThePastOrInTheWrongOrder() {
        long id = create("Mauvaises dates");
        as(editor)
                .body(Map.of("publishAt", "2020-01-01T00:00:00Z"))
                .post("/api/admin/articles/{id}/schedule", id)
                .then()
                .statusCode(400)
                .body("violations.field", contains("publishAt"));
        as(editor)
                .body(Map.of("publishAt", "2099-01-02T00:00:00Z", "unpublishAt", "2099-01-01T00:00:00Z"))
                .post("/api/admin/articles/{id}/schedule", id)
                .then()
                .statusCode(400)
                .body("violations.field", contains("unpublishAt"));
        as(editor)
                .body(Map.of())
                .post("/api/admin/articles/{id}/schedule", id)
                .then()
                .statusCode(400);
        as(editor)
                .body(Map.of("publishAt", "demain"))
                .post("/api/admin/articles/{id}/schedule", id)
                .then()
                .statusCode(400)
                .body("violations.field", contains("publishAt"));
    }

    @Test
    void twoWorkersRacingForTheSameDueArticlePublishItOnce() throws Exception {
        long id = create("Course entre deux instances");
        schedule(id, TestClock.now().plus(AHEAD), null);
        TestClock.advance(AHEAD.plusSeconds(1));
        var pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Boolean> worker = () -> workflow.runIfDue(id);
            long wins = pool.invokeAll(List.of(worker, worker, worker, worker)).stream()
                    .filter(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    })
                    .count();
            assertEquals(true, wins <= 1, "at most one worker publishes (the scheduler may have been first)");
        } finally {
            pool.shutdown();
        }
        // The scheduler may be the one publishing it: its commit comes with the article's status.
        Eventually.until("published", () -> "PUBLISHED".equals(status(id)));
        asAdmin()
                .queryParam("targetId", id)
                .queryParam("action", "article.publish")
                .get("/api/admin/audit")
                .then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void keepsAFailureOnTheArticleInsteadOfFailingSilently() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                            create or replace function test_refuse_publication() returns trigger language plpgsql as $$
                            begin
                              if new.status = 'PUBLISHED' and new.title = 'Échec programmé' then
                                raise exception 'publication refusée pour le test';
                              end if;
                              return new;
                            end $$""").executeUpdate();
            em.createNativeQuery("drop trigger if exists test_refuse_publication on articles")
                    .executeUpdate();
            em.createNativeQuery("create trigger test_refuse_publication before update on articles"
                            + " for each row execute function test_refuse_publication()")
                    .executeUpdate();
        });
        try {
            long id = create("Échec programmé");
            schedule(id, TestClock.now().plus(AHEAD), null);
            TestClock.advance(AHEAD.plusSeconds(1));
            Eventually.until(
                    "the failure kept on the article",
                    () -> asAdmin()
                                    .get("/api/admin/articles/{id}", id)
                                    .then()
                                    .extract()
                                    .path("lastError")
                            != null);
            asAdmin()
                    .get("/api/admin/articles/{id}", id)
                    .then()
                    .body("status", equalTo("SCHEDULED"))
                    .body("lastError", containsString("publication refusée pour le test"));
            as(editor)
                    .get("/api/admin/schedule")
                    .then()
                    .body("items.find { it.id == " + id + " }.lastError", containsString("refusée"));
            asAdmin()
                    .queryParam("targetId", id)
                    .get("/api/admin/audit")
                    .then()
                    .body("items.action", hasItem("article.schedule-failed"));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("drop trigger if exists test_refuse_publication on articles")
                            .executeUpdate());
        }
    }
}
