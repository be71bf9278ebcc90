package io.manchette.security;

import io.manchette.common.config.ManchetteConfig;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code Strict-Transport-Security} on every answer, once {@code MANCHETTE_SECURITY_HSTS} says
 * how long: set it only when Manchette is reached over TLS (behind a proxy that terminates it).
 */
@ApplicationScoped
public class StrictTransport {

    /** Before the public cache's route (1000), after Quarkus's own (CORS, security). */
    private static final int ORDER = 900;

    private final String header;

    StrictTransport(ManchetteConfig config) {
        this.header = config.security()
                .hsts()
                .map(age -> "max-age=" + age.toSeconds() + "; includeSubDomains")
                .orElse(null);
    }

    void install(@Observes Router router) {
        if (header != null) {
            router.route().order(ORDER).handler(context -> {
                context.response().putHeader("Strict-Transport-Security", header);
                context.next();
            });
        }
    }
}
