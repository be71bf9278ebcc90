package io.manchette.security;

import java.util.Set;

/** The role names, in one place for {@code @RolesAllowed} and for validating users' roles. */
public final class Roles {

    /** Users, tokens and everything editors can do. */
    public static final String ADMIN = "admin";
    /** All content, publishing, taxonomy. */
    public static final String EDITOR = "editor";

    public static final Set<String> ALL = Set.of(ADMIN, EDITOR);

    private Roles() {}
}
