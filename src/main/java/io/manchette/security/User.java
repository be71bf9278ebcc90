package io.manchette.security;

import io.manchette.common.db.VersionedEntity;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A person who signs in to the management API with HTTP Basic; the password is kept as a bcrypt hash. */
@Entity
@Table(name = "users")
public class User implements VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    /** Comma-separated. */
    private String roles;

    @Version
    private long version;

    @CreationTimestamp
    private Instant createdAt;

    @UpdateTimestamp
    private Instant updatedAt;

    protected User() {}

    public User(String username, String password, Collection<String> roles) {
        this.username = username;
        changePassword(password);
        grant(roles);
    }

    public void changePassword(String password) {
        this.passwordHash = BcryptUtil.bcryptHash(password);
    }

    /** Whether this is the user's password: a bcrypt check, slow by design. */
    public boolean hasPassword(String candidate) {
        return BcryptUtil.matches(candidate, passwordHash);
    }

    public void grant(Collection<String> roles) {
        this.roles = String.join(",", roles.stream().sorted().distinct().toList());
    }

    public List<String> roleList() {
        return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }

    public boolean isAdmin() {
        return roleList().contains(io.manchette.security.Roles.ADMIN);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
