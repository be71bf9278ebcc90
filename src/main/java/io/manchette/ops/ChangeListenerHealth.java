package io.manchette.ops;

import io.manchette.delivery.ChangeListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code change-listener} in {@code /q/health/ready}: the connection that hears committed changes
 * ({@code LISTEN manchette_content}) is up and answers its heartbeat. While it is down every cached
 * answer is stale, so each public read goes to the database; it reconnects by itself.
 */
@Readiness
@ApplicationScoped
public class ChangeListenerHealth implements HealthCheck {

    public static final String NAME = "change-listener";

    private final ChangeListener listener;

    ChangeListenerHealth(ChangeListener listener) {
        this.listener = listener;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME)
                .status(listener.isConnected())
                .withData("connections", listener.connections());
        if (listener.lastFailure() != null) {
            response.withData("lastFailure", listener.lastFailure());
        }
        return response.build();
    }
}
