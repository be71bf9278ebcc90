package io.manchette.security.token;

import io.manchette.security.SignInGuard;
import io.manchette.security.SignInThrottled;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a bearer secret into the token's identity: a database look-up, so off the event loop; failures are throttled. */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final ApiTokenVerifier tokens;
    private final SignInGuard guard;

    ApiTokenIdentityProvider(ApiTokenVerifier tokens, SignInGuard guard) {
        this.tokens = tokens;
        this.guard = guard;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // Guessing tokens is throttled like guessing passwords, per client address.
        String client = guard.clientOf(HttpSecurityUtils.getRoutingContextAttribute(request));
        try {
            guard.admit(client, null);
        } catch (SignInThrottled e) {
            return Uni.createFrom().failure(e);
        }
        return context.runBlocking(() -> {
            try {
                return tokens.authenticate(request.getToken().getToken());
            } catch (AuthenticationFailedException e) {
                guard.failed(client, null);
                throw e;
            }
        });
    }
}
