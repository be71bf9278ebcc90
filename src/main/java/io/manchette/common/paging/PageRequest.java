package io.manchette.common.paging;

import io.manchette.common.error.InvalidInput;

/**
 * A client's page request: how many items (clamped to 1..100, default 20) and where to start.
 * Parameters arrive as text so that {@code limit=abc} is a 400 naming the field, not a 404.
 */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(String limit, String cursor) {
        return new PageRequest(parseLimit(limit), cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor));
    }

    /** Rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    private static int parseLimit(String limit) {
        return clamp("limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** A count parameter clamped to 1..max, its default when absent; text that is no number is a 400. */
    public static int clamp(String name, String value, int defaultValue, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "must be a whole number between 1 and " + max);
        }
    }
}
