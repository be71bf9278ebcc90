package io.manchette.account;

import io.manchette.audit.Edits;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import io.manchette.security.Actors;
import io.manchette.security.token.ApiToken;
import io.manchette.security.token.ApiTokenRepository;
import io.manchette.security.token.ApiTokenVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/** API tokens as administrators manage them: created with a secret shown once, revoked, audited. */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class);
    private static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    private static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final ApiTokenRepository tokens;
    private final Edits edits;
    private final Actors actors;
    private final Clock clock;

    TokenService(ApiTokenRepository tokens, Edits edits, Actors actors, Clock clock) {
        this.tokens = tokens;
        this.edits = edits;
        this.actors = actors;
        this.clock = clock;
    }

    public ApiToken get(long id) {
        return tokens.findByIdOptional(id).orElseThrow(() -> new NotFound("Token", id));
    }

    @Transactional
    public TokenViews.Created create(TokenInput input) {
        Instant now = clock.instant();
        Instant expiresAt = input.expiresAt() == null ? now.plus(DEFAULT_LIFETIME) : input.expiresAt();
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidInput("expiresAt", "must be in the future and within a year");
        }
        String secret = ApiTokenVerifier.newSecret();
        var token = new ApiToken(
                input.name().strip(),
                ApiTokenVerifier.digest(secret),
                input.scopes(),
                actors.current().name(),
                now,
                expiresAt);
        edits.create("token.create", token, tokens::persist, ApiToken::getName);
        LOG.infof("API token %s created with scopes %s", token.getName(), input.scopes());
        return new TokenViews.Created(TokenViews.View.from(token), secret);
    }

    @Transactional
    public void revoke(long id, IfMatch ifMatch) {
        ApiToken token = edits.change(
                "token.revoke", get(id), ifMatch, revoked -> revoked.revoke(clock.instant()), ApiToken::getName);
        LOG.infof("API token %s revoked", token.getName());
    }
}
