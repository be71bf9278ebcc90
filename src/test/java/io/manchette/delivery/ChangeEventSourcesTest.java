package io.manchette.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One change model: every table that public answers read writes change events, from a database
 * trigger. A new table fails here until it has one, or is named below as never shown to readers.
 */
@QuarkusTest
class ChangeEventSourcesTest {

    /** Tables no public answer reads: the newsroom's own records. */
    static final Set<String> NEVER_PUBLIC = Set.of(
            "flyway_schema_history",
            "change_events",
            "users",
            "api_tokens",
            "audit_log",
            "article_revisions",
            "front_page");

    @Inject
    EntityManager em;

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
