package io.manchette.security;

import io.manchette.common.config.ManchetteConfig;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Set;

/**
 * The caller of the current request, for ownership rules and the audit log. Code that runs outside
 * any HTTP request (the scheduler, start-up tasks) acts as the system.
 */
@ApplicationScoped
public class Actors {

    private final Instance<SecurityIdentity> identity;
    private final Instance<CurrentVertxRequest> request;
    private final List<String> trustedProxies;

    Actors(Instance<SecurityIdentity> identity, Instance<CurrentVertxRequest> request, ManchetteConfig config) {
        this.identity = identity;
        this.request = request;
        this.trustedProxies = config.comments().trustedProxies().orElse(List.of());
    }

    public Actor current() {
        if (!Arc.container().requestContext().isActive()) {
            return Actor.SYSTEM;
        }
        var current = request.get().getCurrent();
        if (current == null) {
            return Actor.SYSTEM;
        }
        var http = current.request();
        String address = ClientAddress.resolve(
                http.remoteAddress().hostAddress(), http.getHeader("X-Forwarded-For"), trustedProxies);
        SecurityIdentity caller = identity.get();
        if (caller.isAnonymous()) {
            return new Actor("anonymous", Set.of(), address);
        }
        return new Actor(caller.getPrincipal().getName(), caller.getRoles(), address);
    }
}
