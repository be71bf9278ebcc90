package io.manchette.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The public cache in {@code /q/health/ready}: the cache's counts. It is always up, being in
 * process: an instance that cannot hear changes still answers correctly (from the database, or
 * stale-if-error when that is down). Whether the listener hears changes is the
 * {@code change-listener} check's to say ({@code ops/ChangeListenerHealth}), and whether the
 * database answers, {@code postgresql}'s.
 */
@Readiness
@ApplicationScoped
public class CacheHealth implements HealthCheck {

    private final AnswerCache cache;
    private final ChangeListener listener;

    CacheHealth(AnswerCache cache, ChangeListener listener) {
        this.cache = cache;
        this.listener = listener;
    }

    @Override
    public HealthCheckResponse call() {
        var stats = cache.stats();
        var response = HealthCheckResponse.named("public-cache")
                .up()
                .withData("enabled", cache.isEnabled())
                .withData("listening", listener.isConnected())
                .withData("listenerConnections", listener.connections())
                .withData("answers", stats.size())
                .withData("hits", stats.hits())
                .withData("misses", stats.misses())
                .withData("collapsed", stats.collapsed())
                .withData("dropped", stats.dropped())
                .withData("droppedEverything", stats.droppedEverything());
        if (listener.lastFailure() != null) {
            response.withData("listenerLastFailure", listener.lastFailure());
        }
        return response.build();
    }
}
