package io.manchette.security;

import java.util.Set;

/** Who is acting: a person, a program's token, or the system itself (the scheduler). */
public record Actor(String name, Set<String> roles, String address) {

    /** Trusted code outside any HTTP request: the scheduler, start-up tasks, tests' fixtures. */
    public static final Actor SYSTEM = new Actor("system", Set.of(Roles.ADMIN), null);

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Editors and administrators: every article, every transition. */
    public boolean isEditor() {
        return hasRole(Roles.EDITOR) || hasRole(Roles.ADMIN);
    }
}
