package io.manchette.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
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

/** A person who signs in to the management API; Quarkus Security JPA checks their bcrypt hash. */
@Entity
@Table(name = "users")
@UserDefinition
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Username
    private String username;

    @Password
    @Column(name = "password_hash")
    private String passwordHash;

    /** Comma-separated, as Quarkus Security JPA reads it. */
    @Roles
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

    public void grant(Collection<String> roles) {
        this.roles = String.join(",", roles.stream().sorted().distinct().toList());
    }

    public List<String> roleList() {
        return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }

    public boolean isAdmin() {
        return roleList().contains(io.manchette.security.Roles.ADMIN);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

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
