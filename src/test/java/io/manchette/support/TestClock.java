package io.manchette.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in {@code @QuarkusTest} tests: the system clock plus an offset that a test
 * moves forward, never back, to make time pass at once. It replaces {@code Clocks}' producer (an
 * alternative selected for the whole application by its priority) and ticks in microseconds like it.
 *
 * <p>A test that needs a time to come schedules it well ahead ({@code TestClock.now().plus(1h)}),
 * then {@link #advance advances} past it: no real time has to pass, so no machine is too slow. The
 * offset is shared by every test of the run and only grows; it does not reach the packaged jar
 * that {@code *IT} tests start.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TestClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);
    private static final Clock CLOCK = new Shifted(ZoneOffset.UTC);

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    /** What the application considers now. */
    public static Instant now() {
        return CLOCK.instant();
    }

    /** Moves the application's time forward by {@code by} (positive), at once. */
    public static void advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("The test clock only moves forward, not by " + by);
        }
        OFFSET.accumulateAndGet(by, Duration::plus);
    }

    /** How far ahead of the system clock the application's time is. */
    public static Duration offset() {
        return OFFSET.get();
    }

    /** The system clock plus the offset, truncated to microseconds as {@code Clocks}' is. */
    private static final class Shifted extends Clock {

        private static final Clock SYSTEM = Clock.systemUTC();

        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(this.zone) ? this : new Shifted(zone);
        }

        @Override
        public Instant instant() {
            return SYSTEM.instant().plus(OFFSET.get()).truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }
    }
}
