package io.manchette.common.paging;

import io.manchette.common.error.InvalidInput;
import java.util.regex.Pattern;

/**
 * A client's page request to a list of some {@link Cursor.Kind}: how many items (1..100, default
 * 20) and where to start. Parameters arrive as text so that {@code limit=abc} is a 400 naming the
 * field, not a 404; a count is written one way only (no sign, no leading zero), so that one page
 * has one cache key.
 */
public record PageRequest(Cursor.Kind kind, int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 20;
    /** {@link #DEFAULT_LIMIT} as the {@code @DefaultValue} of public {@code limit} parameters. */
    public static final String DEFAULT = "20";

    public static final int MAX_LIMIT = 100;

    private static final Pattern COUNT = Pattern.compile("[1-9][0-9]{0,8}");

    public static PageRequest of(Cursor.Kind kind, String limit, String cursor) {
        return new PageRequest(
                kind,
                limit == null || limit.isBlank() ? DEFAULT_LIMIT : count("limit", limit, MAX_LIMIT),
                cursor == null || cursor.isBlank() ? null : Cursor.decode(kind, cursor.strip()));
    }

    /** A page of a list ordered by id alone ({@link Cursor.Kind#IDS}). */
    public static PageRequest of(String limit, String cursor) {
        return of(Cursor.Kind.IDS, limit, cursor);
    }

    /** Rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    /** A count parameter from 1 to {@code max}; anything else (text, zero, too many) is a 400 naming it. */
    public static int count(String name, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (!COUNT.matcher(text).matches() || Integer.parseInt(text) > max) {
            throw new InvalidInput(name, "must be a whole number from 1 to " + max);
        }
        return Integer.parseInt(text);
    }
}
