package io.manchette.common.paging;

import io.manchette.common.error.InvalidInput;
import io.manchette.common.time.Instants;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;

/**
 * The position after the last row of a page: the sort key of that row. Opaque to clients
 * (base64url of {@code kind|key|id}), so the sort key can change without breaking their code. The
 * kind names the list the cursor came from: a cursor is read only by a list of its kind, and only
 * when its key has the shape that kind sorts by, so a cursor from another list, forged or garbled,
 * is a 400 naming {@code cursor} before any query runs.
 */
public record Cursor(String key, long id) {

    /** How a list's rows are ordered, and so what its cursors hold. */
    public enum Kind {
        /** Published articles newest first: the public lists and the fil info (published at, id). */
        PUBLISHED_ARTICLES("published", Key.INSTANT),
        /** The management list of articles, newest created first (created at, id). */
        MANAGED_ARTICLES("managed", Key.INSTANT),
        /** Search results, best match first (rank and date, id): public and management. */
        SEARCH("search", Key.RANK_AND_INSTANT),
        /** Scheduled publications, soonest first (due at, id). */
        SCHEDULE("schedule", Key.INSTANT),
        /** An article's revisions, newest first (number). */
        REVISIONS("revisions", Key.NONE),
        /** A thread of readers' comments (posted at, id). */
        COMMENT_THREADS("threads", Key.INSTANT),
        /** The moderation queue (posted at, id). */
        MODERATION("moderation", Key.INSTANT),
        /** The audit log, newest first (at, id). */
        AUDIT("audit", Key.INSTANT),
        /** Rows by id alone: sections, users, API tokens (the same position means the same in each). */
        IDS("ids", Key.NONE),
        /** A webhook's deliveries, newest first (id). */
        WEBHOOK_DELIVERIES("deliveries", Key.NONE),
        /** Live job offers, newest posted first (posted at, id). */
        JOBS("jobs", Key.INSTANT),
        /** Tags alphabetically (slug). */
        TAGS("tags", Key.TEXT),
        /** Authors alphabetically (slug). */
        AUTHORS("authors", Key.TEXT);

        private final String code;
        private final Key key;

        Kind(String code, Key key) {
            this.code = code;
            this.key = key;
        }
    }

    /** The shapes of sort keys. */
    private enum Key {
        NONE(String::isEmpty),
        INSTANT(Cursor::isInstant),
        RANK_AND_INSTANT(key -> {
            int comma = key.indexOf(',');
            return comma > 0 && isRank(key.substring(0, comma)) && isInstant(key.substring(comma + 1));
        }),
        TEXT(key -> key.codePoints().noneMatch(Character::isISOControl));

        private final Predicate<String> reads;

        Key(Predicate<String> reads) {
            this.reads = reads;
        }
    }

    /** A cursor on an instant sort key (newest first lists); the instant keeps its full precision. */
    public static Cursor of(Instant at, long id) {
        return new Cursor(at.toString(), id);
    }

    public static Cursor of(String key, long id) {
        return new Cursor(key, id);
    }

    /** A cursor on a search result: its rank, then its date. */
    public static Cursor of(float rank, Instant at, long id) {
        return new Cursor(rank + "," + at, id);
    }

    /** The id alone, for lists sorted by id. */
    public static Cursor of(long id) {
        return new Cursor("", id);
    }

    /** The instant of an instant key; decoding has checked that it reads. */
    public Instant instant() {
        return Instant.parse(key.substring(key.indexOf(',') + 1));
    }

    /** The rank of a search cursor; decoding has checked that it reads. */
    public float rank() {
        return Float.parseFloat(key.substring(0, key.indexOf(',')));
    }

    public String encode(Kind kind) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((kind.code + "|" + key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor sent back by a client to a list of {@code kind}; anything else is a 400, never a 500. */
    public static Cursor decode(Kind kind, String encoded) {
        String raw;
        try {
            raw = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(encoded)))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw unreadable();
        }
        int first = raw.indexOf('|');
        int last = raw.lastIndexOf('|');
        if (first < 0 || first == last || !raw.substring(0, first).equals(kind.code)) {
            throw new InvalidInput("cursor", "is not a cursor of this list");
        }
        String key = raw.substring(first + 1, last);
        String id = raw.substring(last + 1);
        if (!id.matches("[0-9]{1,18}") || !kind.key.reads.test(key)) {
            throw unreadable();
        }
        return new Cursor(key, Long.parseLong(id));
    }

    private static boolean isInstant(String text) {
        try {
            return Instants.inRange(Instant.parse(text));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isRank(String text) {
        try {
            return Float.isFinite(Float.parseFloat(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static InvalidInput unreadable() {
        return new InvalidInput("cursor", "is not a cursor returned by this API");
    }
}
