package io.manchette.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.manchette.article.Article;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One change model: every table that public answers read writes change events, from a database
 * trigger. A new table fails here until it has one, or is named below as never shown to readers.
 */
@QuarkusTest
class ChangeEventsTest {

    /** Tables no public answer reads: the newsroom's own records. */
    static final Set<String> NEVER_PUBLIC = Set.of(
            "flyway_schema_history",
            "change_events",
            "users",
            "api_tokens",
            "audit_log",
            "article_revisions",
            "front_page",
            "webhook_subscriptions",
            "webhook_events",
            "webhook_deliveries",
            "webhook_attempts",
            // Which articles use which photo: for the library's own checks, no answer shows it
            // (articles show their lead_image_id and body, which their own trigger compares).
            "article_media",
            // Renditions are served under URLs that change with what they show, with their own
            // immutable headers; media_items is shown in articles and has its trigger.
            "media_renditions",
            "media_blobs");

    @Inject
    EntityManager em;

    @Inject
    TestData data;

    @Inject
    ChangeEvents events;

    @SuppressWarnings("unchecked")
    List<Object[]> eventsOf(String entity, long id) {
        return em.createNativeQuery("select action, array_to_string(keys, ' ') from change_events"
                        + " where entity = ?1 and entity_id = ?2 order by id")
                .setParameter(1, entity)
                .setParameter(2, id)
                .getResultList();
    }

    @Test
    void aPublicationWritesOneEventNamingTheArticleAndTheListsThatGainIt() {
        Article draft = data.draft(data.section("Événements"), "Bientôt en ligne");
        assertEquals(List.of(), eventsOf("article", draft.getId()), "a draft's changes stay silent");
        Article published = data.published(
                TestData.input(draft.getSection().getPath(), "Publié d’emblée", List.of(), List.of(), false));
        List<Object[]> written = eventsOf("article", published.getId());
        assertEquals(1, written.size());
        assertEquals("published", written.get(0)[0]);
        assertEquals(
                "article:" + published.getId() + " articles articles:any articles:section:"
                        + published.getSection().getId(),
                written.get(0)[1]);
    }

    @Test
    void eventsArePrunedOnceOlderThanTheirRetention() {
        Article published = data.published(data.section("Élagage"), "Bientôt oublié");
        events.prune(Duration.ofHours(1));
        assertEquals(1, eventsOf("article", published.getId()).size(), "a recent event is kept");
        events.prune(Duration.ZERO);
        assertEquals(List.of(), eventsOf("article", published.getId()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTableReadersSeeHasAChangeEventSource() {
        List<String> missing = em.createNativeQuery("""
                        select t.table_name from information_schema.tables t
                         where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                           and not exists (
                               select 1 from pg_trigger g join pg_proc p on p.oid = g.tgfoid
                                where g.tgrelid = (quote_ident(t.table_name))::regclass
                                  and not g.tgisinternal and p.proname like 'manchette\\_%changed')
                         order by 1""").getResultList();
        assertEquals(
                List.of(),
                missing.stream().filter(t -> !NEVER_PUBLIC.contains(t)).toList());
    }
}
