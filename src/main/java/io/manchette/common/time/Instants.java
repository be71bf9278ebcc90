package io.manchette.common.time;

import io.manchette.common.error.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates and instants given by clients: in query parameters, cursors and JSON bodies. Java reads
 * years from −999,999,999 to +999,999,999; PostgreSQL stores a {@code timestamptz} only from 4713
 * BC to 294276 AD, and a newsroom has no use outside the years 1 to 9999. So a client's instant
 * must lie in those years, and one outside them is a 400 naming the field, never a database error.
 */
public final class Instants {

    /** The first instant a client may send. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    /** The last instant a client may send. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public static final String OUT_OF_RANGE = "must lie between the years 1 and 9999";

    private Instants() {}

    /** Whether a client may send this instant. */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /**
     * A date ({@code 2026-01-10}: the start of that day in UTC, or the start of the next one when
     * {@code endOfDay}) or an instant ({@code 2026-01-10T13:23:00Z}); null when absent.
     */
    public static Instant parse(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                // The day itself is checked, so that to=9999-12-31 (the start of year 10000) reads.
                if (!inRange(day.atStartOfDay().toInstant(ZoneOffset.UTC))) {
                    throw new InvalidInput(field, OUT_OF_RANGE);
                }
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date (2026-01-10) or an instant (2026-01-10T13:23:00Z)");
        }
        if (!inRange(instant)) {
            throw new InvalidInput(field, OUT_OF_RANGE);
        }
        return instant;
    }
}
