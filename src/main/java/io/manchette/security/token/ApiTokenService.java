package io.manchette.security.token;

import io.manchette.audit.AuditLog;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.http.IfMatch;
import io.manchette.security.Actors;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * API tokens: created by administrators with a random secret shown once and stored as a SHA-256
 * digest (the secret has 256 random bits, so a slow hash adds nothing), checked on every request,
 * so a revocation takes effect on the next call.
 */
@ApplicationScoped
public class ApiTokenService {

    private static final Logger LOG = Logger.getLogger(ApiTokenService.class);
    private static final String PREFIX = "mch_";
    private static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    private static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** Last use is recorded at most this often: a write per request would cost every call. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AuditLog audit;
    private final Actors actors;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, AuditLog audit, Actors actors, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
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
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = new ApiToken(
                input.name().strip(),
                digest(secret),
                input.scopes(),
                actors.current().name(),
                now,
                expiresAt);
        tokens.persist(token);
        tokens.flush();
        audit.record("token.create", "token", token.getId(), null, token.getVersion(), token.getName());
        LOG.infof("API token %s created with scopes %s", token.getName(), input.scopes());
        return new TokenViews.Created(TokenViews.View.from(token), secret);
    }

    @Transactional
    public void revoke(long id, IfMatch ifMatch) {
        ApiToken token = get(id);
        ifMatch.check(token.getVersion());
        long before = token.getVersion();
        token.revoke(clock.instant());
        tokens.flush();
        audit.record("token.revoke", "token", id, before, token.getVersion(), token.getName());
        LOG.infof("API token %s revoked", token.getName());
    }

    /** The identity of a bearer secret, or an authentication failure (unknown, expired or revoked). */
    @Transactional
    public SecurityIdentity authenticate(String secret) {
        Instant now = clock.instant();
        ApiToken token = tokens.findBySecretHash(digest(secret))
                .filter(t -> t.isUsableAt(now))
                .orElseThrow(() -> new AuthenticationFailedException("unknown, expired or revoked token"));
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(USE_RESOLUTION))) {
            tokens.recordUse(token.getId(), now); // bookkeeping: the token's version stays as it is
        }
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("token:" + token.getName()));
        token.getScopes().forEach(scope -> identity.addRole(scope.role()));
        return identity.build();
    }

    private static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
