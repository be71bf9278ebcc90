package io.manchette.security.token;

import io.manchette.common.db.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** A program's credential: scoped, expiring, revocable; only a digest of its secret is kept. */
@Entity
@Table(name = "api_tokens")
public class ApiToken implements VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String secretHash;
    private String scopes;
    private String createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    @Version
    private long version;

    protected ApiToken() {}

    public ApiToken(
            String name,
            String secretHash,
            Collection<TokenScope> scopes,
            String createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.name = name;
        this.secretHash = secretHash;
        this.scopes = scopes.stream().map(TokenScope::code).sorted().collect(Collectors.joining(","));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<TokenScope> getScopes() {
        return TokenScope.parse(scopes);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
