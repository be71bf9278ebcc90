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
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(limit.trim())));
        } catch (NumberFormatException e) {
            throw new InvalidInput("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
    }
}
