package io.manchette.account;

import io.manchette.security.token.ApiToken;
import io.manchette.security.token.TokenScope;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the tokens API; the secret appears once, in {@link Created}. */
public final class TokenViews {

    private TokenViews() {}

    /** A token as listed: never its secret. */
    @Schema(name = "Token")
    public record View(
            long id,
            long version,
            String name,
            Set<TokenScope> scopes,
            String createdBy,
            Instant createdAt,
            Instant expiresAt,
            @Schema(nullable = true) Instant revokedAt,
            @Schema(nullable = true) Instant lastUsedAt) {

        public static View from(ApiToken token) {
            return new View(
                    token.getId(),
                    token.getVersion(),
                    token.getName(),
                    token.getScopes(),
                    token.getCreatedBy(),
                    token.getCreatedAt(),
                    token.getExpiresAt(),
                    token.getRevokedAt(),
                    token.getLastUsedAt());
        }
    }

    /** A token just created, with its secret: shown this once, stored only as a digest. */
    @Schema(name = "TokenCreated")
    public record Created(
            View token,

            @Schema(description = "Send as Authorization: Bearer <secret>; it is shown only now")
            String secret) {}
}
