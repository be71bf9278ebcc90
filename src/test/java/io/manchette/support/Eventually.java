package io.manchette.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something another thread does (the scheduler, a notification), polling a condition
 * until a deadline generous enough for a loaded machine: a wait ends as soon as the condition
 * holds, so the deadline costs nothing when all goes well. Waiting for time to pass is not its
 * use: tests move {@link TestClock} instead.
 */
public final class Eventually {

    /** How long a condition may take before the test fails. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);

    private static final long POLL_MILLIS = 50;

    private Eventually() {}

    /** Returns once {@code condition} holds; fails the test after {@link #DEADLINE}. */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": not within " + DEADLINE);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(what + ": interrupted while waiting", e);
            }
        }
    }
}
