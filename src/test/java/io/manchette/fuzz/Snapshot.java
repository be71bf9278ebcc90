package io.manchette.fuzz;

import io.manchette.support.TestData;
import io.restassured.RestAssured;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a refused write must leave as it was: no table gained a row, no audit entry appeared, the
 * fixture articles kept their revisions and approved comments, and the resource reads the same.
 */
record Snapshot(Map<String, Object> state) {

    private static final String[] QUERIES = {
        "select coalesce(max(id), 0) from articles",
        "select coalesce(max(id), 0) from comments",
        "select coalesce(max(id), 0) from users",
        "select coalesce(max(id), 0) from api_tokens",
        "select coalesce(max(id), 0) from sections",
        "select coalesce(max(id), 0) from tags",
        "select coalesce(max(id), 0) from authors",
    };

    static Snapshot take(DataSource database, Fixtures fixtures, String resourceUrl) {
        Map<String, Object> state = new LinkedHashMap<>();
        try (var connection = database.getConnection();
                var statement = connection.createStatement()) {
            for (String query : QUERIES) {
                try (var rows = statement.executeQuery(query)) {
                    rows.next();
                    state.put(query, rows.getLong(1));
                }
            }
            try (var rows =
                    statement.executeQuery("select count(*) from audit_log where actor = '" + fixtures.admin + "'")) {
                rows.next();
                state.put("audit entries by the fuzzing administrator", rows.getLong(1));
            }
            for (long article : new long[] {fixtures.published.getId(), fixtures.draft.getId()}) {
                String revisions = "select count(*) from article_revisions where article_id = " + article;
                String approved = "select count(*) from comments where status = 'APPROVED' and article_id = " + article;
                for (String query : new String[] {revisions, approved}) {
                    try (var rows = statement.executeQuery(query)) {
                        rows.next();
                        state.put(query, rows.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (resourceUrl != null) {
            var answer = RestAssured.given()
                    .auth()
                    .preemptive()
                    .basic(fixtures.admin, TestData.PASSWORD)
                    .urlEncodingEnabled(false)
                    .get(resourceUrl);
            state.put("GET " + resourceUrl, answer.statusCode() + " " + answer.asString());
        }
        return new Snapshot(state);
    }
}
