package io.manchette.common.paging;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: its items and the cursor of the next page ({@code null} on the last one). */
public record CursorPage<T>(
        List<T> items,

        @Schema(description = "Pass as ?cursor= to get the next page; null on the last page", nullable = true)
        String nextCursor) {

    /**
     * Builds a page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, when there,
     * only proves that a next page exists, and the last kept row's key becomes its cursor, of the
     * page's kind. A row whose view is {@code null} (what it shows vanished between the queries of
     * the page, such as an article deleted while a search ran) is left out; the cursor still moves
     * past it.
     */
    public static <R, T> CursorPage<T> of(
            List<R> rows, PageRequest page, Function<R, Cursor> keyOf, Function<R, T> view) {
        boolean more = rows.size() > page.limit();
        List<R> kept = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? keyOf.apply(kept.get(kept.size() - 1)).encode(page.kind()) : null;
        return new CursorPage<>(kept.stream().map(view).filter(Objects::nonNull).toList(), next);
    }

    /** The same page with each item seen another way (the cursor is unchanged). */
    public <U> CursorPage<U> map(Function<T, U> view) {
        return new CursorPage<>(items.stream().map(view).toList(), nextCursor);
    }
}
