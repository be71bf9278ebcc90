package io.manchette.feed.stream;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every query of the live stream, on the change events and the articles they touch. Each call is
 * one short read-only transaction that gives up on a lock after {@link #LOCK_TIMEOUT} and on any
 * statement after {@link #STATEMENT_TIMEOUT} (the caller tries again later), and gives its pool
 * connection back when it ends. Never called on an event loop or by the change listener.
 */
@ApplicationScoped
class FeedStreamRepository {

    static final String LOCK_TIMEOUT = "500ms";
    static final String STATEMENT_TIMEOUT = "5s";

    /** The articles of a renamed or moved section sent again: the newest, which feeds show. */
    static final int SECTION_ARTICLES = 100;

    /** One change event, as the stream needs it. */
    record Change(long id, String entity, Long entityId) {}

    /** Change events after a position, and the transaction horizon when they were read. */
    record Changes(List<Change> rows, long xmin, long xmax) {}

    /** An article as the fil info would show it now; {@code published} false when it is not (or gone). */
    record ArticleState(
            long id,
            boolean published,
            boolean inFrontSelection,
            long sectionId,
            String slug,
            String title,
            String sectionSlug,
            String sectionName,
            String sectionPath,
            Instant publishedAt,
            long lastChangeId) {}

    /** What a catch-up found: null rows when the position is too old or unknown. */
    record CatchUp(List<ArticleState> rows, boolean frontChanged) {}

    /** The stream's start: the newest change event, the ids missing just below it, and recent items. */
    record Start(long lastId, List<Long> missing, long xmax, List<ArticleState> newest, Set<Long> front) {}

    private static final String STATE_COLUMNS = "a.id, a.status = 'PUBLISHED',"
            + " exists (select 1 from front_page_articles f where f.article_id = a.id),"
            + " a.section_id, a.slug, a.title, s.slug, s.name, s.path, a.published_at";

    private final AgroalDataSource dataSource;

    FeedStreamRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    interface Work<T> {
        T in(Connection connection) throws SQLException;
    }

    private <T> T read(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (var statement = connection.createStatement()) {
                    // One snapshot for every statement: the horizon read with the events is theirs.
                    statement.execute("set transaction isolation level repeatable read, read only");
                    statement.execute("select set_config('lock_timeout', '" + LOCK_TIMEOUT + "', true),"
                            + " set_config('statement_timeout', '" + STATEMENT_TIMEOUT + "', true)");
                }
                T result = work.in(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    Start start(int newest) throws SQLException {
        return read(connection -> {
            long last;
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("select coalesce(max(id), 0) from change_events")) {
                rows.next();
                last = rows.getLong(1);
            }
            List<Long> present = new ArrayList<>();
            try (var statement = connection.prepareStatement("select id from change_events where id > ? order by id")) {
                statement.setLong(1, last - 1000);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        present.add(rows.getLong(1));
                    }
                }
            }
            List<Long> missing = new ArrayList<>();
            Set<Long> seen = new HashSet<>(present);
            for (long id = Math.max(1, last - 1000 + 1); id < last; id++) {
                if (!seen.contains(id)) {
                    missing.add(id);
                }
            }
            long xmax = horizon(connection)[1];
            List<ArticleState> recent = new ArrayList<>();
            try (var statement = connection.prepareStatement("select " + STATE_COLUMNS + ", 0"
                    + " from articles a join sections s on s.id = a.section_id where a.status = 'PUBLISHED'"
                    + " order by a.published_at desc, a.id desc limit ?")) {
                statement.setInt(1, newest);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        recent.add(state(rows));
                    }
                }
            }
            return new Start(last, missing, xmax, recent, frontSelection(connection));
        });
    }

    /** The change events after {@code after} and those among {@code gaps} now visible, in id order. */
    Changes changesAfter(long after, long[] gaps, int limit) throws SQLException {
        return read(connection -> {
            List<Change> changes = new ArrayList<>();
            try (var statement = connection.prepareStatement("select id, entity, entity_id from change_events"
                    + " where id > ? or id = any(?) order by id limit ?")) {
                statement.setLong(1, after);
                statement.setArray(2, connection.createArrayOf("bigint", boxed(gaps)));
                statement.setInt(3, limit);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long entityId = rows.getLong(3);
                        changes.add(new Change(rows.getLong(1), rows.getString(2), rows.wasNull() ? null : entityId));
                    }
                }
            }
            long[] horizon = horizon(connection);
            return new Changes(changes, horizon[0], horizon[1]);
        });
    }

    /**
     * The current state of these articles and of the newest {@link #SECTION_ARTICLES} published
     * articles of these sections, in one query; an article that no longer exists is left out.
     */
    List<ArticleState> states(Set<Long> articleIds, Set<Long> sectionIds) throws SQLException {
        if (articleIds.isEmpty() && sectionIds.isEmpty()) {
            return List.of();
        }
        return read(connection -> {
            List<ArticleState> states = new ArrayList<>();
            try (var statement = connection.prepareStatement("with wanted as ("
                    + " select unnest(?::bigint[]) as id"
                    + " union select x.id from unnest(?::bigint[]) sec(id) cross join lateral ("
                    + "   select a.id from articles a where a.section_id = sec.id and a.status = 'PUBLISHED'"
                    + "    order by a.published_at desc, a.id desc limit " + SECTION_ARTICLES + ") x)"
                    + " select " + STATE_COLUMNS + ", 0"
                    + " from wanted w join articles a on a.id = w.id join sections s on s.id = a.section_id")) {
                statement.setArray(1, connection.createArrayOf("bigint", articleIds.toArray()));
                statement.setArray(2, connection.createArrayOf("bigint", sectionIds.toArray()));
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        states.add(state(rows));
                    }
                }
            }
            return states;
        });
    }

    /** The editors' selection for the front page (published or not). */
    Set<Long> frontSelection() throws SQLException {
        return read(FeedStreamRepository::frontSelection);
    }

    /**
     * What a client missed between two positions: the current state of each article the change
     * events between them touch, in the order of their last change, at most {@code max + 1} of them;
     * null when the client's position is older than {@code window} or unknown.
     */
    CatchUp catchUp(StreamPosition from, StreamPosition upto, Duration window, int max) throws SQLException {
        return read(connection -> {
            try (var statement =
                    connection.prepareStatement("select occurred_at >= now() - ? * interval '1 millisecond'"
                            + " from change_events where id = ?")) {
                statement.setLong(1, window.toMillis());
                statement.setLong(2, from.after());
                try (var rows = statement.executeQuery()) {
                    if (!rows.next() || !rows.getBoolean(1)) {
                        return null;
                    }
                }
            }
            String missed = "(id > ? or id = any(?)) and id <= ? and id <> all(?)";
            boolean frontChanged;
            try (var statement = connection.prepareStatement(
                    "select exists (select 1 from change_events where entity = 'front-page' and " + missed + ")")) {
                bindMissed(connection, statement, 1, from, upto);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    frontChanged = rows.getBoolean(1);
                }
            }
            List<ArticleState> states = new ArrayList<>();
            try (var statement = connection.prepareStatement("with ev as ("
                    + "  select id, entity, entity_id from change_events"
                    + "   where entity in ('article', 'section') and " + missed + "),"
                    + " touched as ("
                    + "  select entity_id as article_id, id from ev where entity = 'article'"
                    + "  union all"
                    + "  select x.id, ev.id from ev cross join lateral ("
                    + "   select a.id from articles a where a.section_id = ev.entity_id and a.status = 'PUBLISHED'"
                    + "    order by a.published_at desc, a.id desc limit " + SECTION_ARTICLES + ") x"
                    + "   where ev.entity = 'section'),"
                    + " last as (select article_id, max(id) as last_id from touched group by article_id)"
                    + " select l.article_id, coalesce(a.status = 'PUBLISHED', false),"
                    + " exists (select 1 from front_page_articles f where f.article_id = l.article_id),"
                    + " a.section_id, a.slug, a.title, s.slug, s.name, s.path, a.published_at, l.last_id"
                    + " from last l left join articles a on a.id = l.article_id"
                    + " left join sections s on s.id = a.section_id"
                    + " order by l.last_id limit ?")) {
                int next = bindMissed(connection, statement, 1, from, upto);
                statement.setInt(next, max + 1);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        states.add(state(rows));
                    }
                }
            }
            return new CatchUp(states, frontChanged);
        });
    }

    private static int bindMissed(
            Connection connection, PreparedStatement statement, int at, StreamPosition from, StreamPosition upto)
            throws SQLException {
        statement.setLong(at, from.after());
        statement.setArray(at + 1, connection.createArrayOf("bigint", boxed(from.gaps())));
        statement.setLong(at + 2, upto.after());
        statement.setArray(at + 3, connection.createArrayOf("bigint", boxed(upto.gaps())));
        return at + 4;
    }

    private static Set<Long> frontSelection(Connection connection) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select article_id from front_page_articles")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** The oldest transaction still running and the next one to start, cluster-wide. */
    private static long[] horizon(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint,"
                        + " pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    private static ArticleState state(ResultSet rows) throws SQLException {
        var publishedAt = rows.getObject(10, java.time.OffsetDateTime.class);
        return new ArticleState(
                rows.getLong(1),
                rows.getBoolean(2),
                rows.getBoolean(3),
                rows.getLong(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9),
                publishedAt == null ? null : publishedAt.toInstant(),
                rows.getLong(11));
    }

    private static Long[] boxed(long[] values) {
        return Arrays.stream(values).boxed().toArray(Long[]::new);
    }
}
