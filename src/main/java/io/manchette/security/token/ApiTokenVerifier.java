package io.manchette.security.token;

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

/**
 * API token secrets: random, shown once, stored as a SHA-256 digest (the secret has 256 random
 * bits, so a slow hash adds nothing), checked on every request, so a revocation takes effect on
 * the next call.
 */
@ApplicationScoped
public class ApiTokenVerifier {

    private static final String PREFIX = "mch_";
    /** Last use is recorded at most this often: a write per request would cost every call. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenVerifier(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
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

    /** A new secret, {@code mch_} and 256 random bits. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a secret. */
    public static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
