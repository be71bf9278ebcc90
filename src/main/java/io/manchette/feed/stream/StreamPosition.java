package io.manchette.feed.stream;

import java.util.Arrays;
import java.util.Collection;

/**
 * Where a client stands in the change events, as its SSE {@code id:} says it: every change event
 * up to {@code after} was delivered, except the {@code gaps}, ids that an uncommitted transaction
 * may still fill (a change event's id is taken when it is written, not when it commits). Written
 * {@code 1234} or, with gaps, {@code 1234:1230,1232}.
 */
record StreamPosition(long after, long[] gaps) {

    /** At most this many gaps travel in an id; older ones are the least likely to be filled. */
    static final int MAX_GAPS = 16;

    static StreamPosition of(long after, Collection<Long> pendingGaps) {
        long[] gaps = pendingGaps.stream()
                .mapToLong(Long::longValue)
                .filter(g -> g < after)
                .sorted()
                .toArray();
        if (gaps.length > MAX_GAPS) {
            gaps = Arrays.copyOfRange(gaps, gaps.length - MAX_GAPS, gaps.length);
        }
        return new StreamPosition(after, gaps);
    }

    /** Null when {@code text} is not a position this server writes. */
    static StreamPosition parse(String text) {
        if (text == null || text.isBlank() || text.length() > 400) {
            return null;
        }
        try {
            String[] parts = text.strip().split(":", -1);
            if (parts.length > 2 || !parts[0].matches("\\d{1,18}")) {
                return null;
            }
            long after = Long.parseLong(parts[0]);
            long[] gaps = new long[0];
            if (parts.length == 2) {
                gaps = Arrays.stream(parts[1].split(",", -1))
                        .mapToLong(g -> {
                            if (!g.matches("\\d{1,18}")) {
                                throw new NumberFormatException(g);
                            }
                            return Long.parseLong(g);
                        })
                        .toArray();
                if (gaps.length == 0
                        || gaps.length > MAX_GAPS
                        || Arrays.stream(gaps).anyMatch(g -> g >= after)) {
                    return null;
                }
            }
            return new StreamPosition(after, gaps);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        if (gaps.length == 0) {
            return Long.toString(after);
        }
        var text = new StringBuilder().append(after).append(':');
        for (int i = 0; i < gaps.length; i++) {
            text.append(i == 0 ? "" : ",").append(gaps[i]);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StreamPosition p && p.after == after && Arrays.equals(p.gaps, gaps);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(after) * 31 + Arrays.hashCode(gaps);
    }
}
