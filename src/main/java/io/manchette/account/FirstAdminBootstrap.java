package io.manchette.account;

import io.manchette.common.config.ManchetteConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Creates the first administrator from {@code MANCHETTE_ADMIN_USER} / {@code MANCHETTE_ADMIN_PASSWORD}
 * when missing, so a fresh installation can be managed at once. Without a password and without any
 * administrator, the start fails: a CMS nobody can manage is not a working one.
 */
@ApplicationScoped
public class FirstAdminBootstrap {

    void onStart(@Observes StartupEvent event, ManchetteConfig config, UserService users) {
        var admin = config.admin();
        if (admin.password().isPresent()) {
            users.createAdminIfMissing(admin.user(), admin.password().get());
        } else if (!users.hasAnyAdmin()) {
            throw new IllegalStateException(
                    "No administrator exists: set MANCHETTE_ADMIN_USER and MANCHETTE_ADMIN_PASSWORD to create the first one");
        }
    }
}
