package io.manchette.common.time;

import io.manchette.common.error.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates and instants given as query parameters. */
public final class Instants {

    private Instants() {}

    /**
     * A date ({@code 2026-01-10}: the start of that day in UTC, or the start of the next one when
     * {@code endOfDay}) or an instant ({@code 2026-01-10T13:23:00Z}); null when absent.
     */
    public static Instant parse(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date (2026-01-10) or an instant (2026-01-10T13:23:00Z)");
        }
    }
}
