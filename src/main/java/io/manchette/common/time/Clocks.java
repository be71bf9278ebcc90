package io.manchette.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of the application, ticking in microseconds as PostgreSQL stores them, so that an
 * instant read back from the database equals the one written.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }
}
