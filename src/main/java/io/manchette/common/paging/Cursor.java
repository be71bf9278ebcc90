package io.manchette.common.paging;

import io.manchette.common.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The position after the last row of a page: the sort key of that row. Opaque to clients
 * (base64url of {@code key|id}), so the sort key can change without breaking their code.
 */
public record Cursor(String key, long id) {

    /** A cursor on an instant sort key (newest first lists); the instant keeps its full precision. */
    public static Cursor of(Instant at, long id) {
        return new Cursor(at.toString(), id);
    }

    public static Cursor of(String key, long id) {
        return new Cursor(key, id);
    }

    /** The id alone, for lists sorted by id. */
    public static Cursor of(long id) {
        return new Cursor("", id);
    }

    public Instant instant() {
        try {
            return Instant.parse(key);
        } catch (RuntimeException e) {
            throw unreadable();
        }
    }

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor sent back by a client; anything that is not one of ours is a 400, never a 500. */
    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            if (bar < 0) {
                throw unreadable();
            }
            return new Cursor(raw.substring(0, bar), Long.parseLong(raw.substring(bar + 1)));
        } catch (IllegalArgumentException e) {
            throw unreadable();
        }
    }

    private static InvalidInput unreadable() {
        return new InvalidInput("cursor", "is not a cursor returned by this API");
    }
}
