package io.manchette.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic for people. In order: the throttle (a 429 before any hash), the credentials verified
 * a moment ago (no hash at all), then a bcrypt check off the event loop, a few at a time. An
 * unknown user name costs the same check as a wrong password, so timing tells nothing.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** A hash no password matches, checked for unknown user names. */
    private static final String NOBODY = BcryptUtil.bcryptHash("no user has this password " + System.nanoTime());

    private final UserRepository users;
    private final SignInGuard guard;
    private final VerifiedCredentials verified;
    private final ConcurrentHashMap<String, CompletableFuture<VerifiedCredentials.Verified>> checking =
            new ConcurrentHashMap<>();

    PasswordIdentityProvider(UserRepository users, SignInGuard guard, VerifiedCredentials verified) {
        this.users = users;
        this.guard = guard;
        this.verified = verified;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        String client = guard.clientOf(HttpSecurityUtils.getRoutingContextAttribute(request));
        try {
            guard.admit(client, username);
        } catch (SignInThrottled e) {
            return Uni.createFrom().failure(e);
        }
        String key = verified.keyOf(username, password);
        VerifiedCredentials.Verified known = verified.find(key);
        if (known != null) {
            return Uni.createFrom().item(identity(known));
        }
        // A script's first burst of calls all arrive unverified: one check serves them all.
        var mine = new CompletableFuture<VerifiedCredentials.Verified>();
        var running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return Uni.createFrom().completionStage(running).map(PasswordIdentityProvider::identity);
        }
        return context.runBlocking(() -> {
            try {
                var who = guard.hashing(() -> check(client, key, username, password));
                mine.complete(who);
                return identity(who);
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                checking.remove(key, mine);
            }
        });
    }

    private VerifiedCredentials.Verified check(String client, String key, String username, String password) {
        long since = verified.ticket();
        User user = QuarkusTransaction.requiringNew()
                .call(() -> users.findByUsername(username).orElse(null));
        if (user == null) {
            BcryptUtil.matches(password, NOBODY);
        }
        if (user == null || !user.hasPassword(password)) {
            guard.failed(client, username);
            throw new AuthenticationFailedException("wrong user name or password");
        }
        var who = new VerifiedCredentials.Verified(user.getId(), user.getUsername(), Set.copyOf(user.roleList()));
        verified.remember(key, who, since);
        return who;
    }

    private static SecurityIdentity identity(VerifiedCredentials.Verified who) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(who.username()))
                .addRoles(who.roles())
                .build();
    }
}
