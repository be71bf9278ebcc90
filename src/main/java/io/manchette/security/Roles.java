package io.manchette.security;

import java.util.Set;

/** The role names, in one place for {@code @RolesAllowed} and for validating users' roles. */
public final class Roles {

    /** Users, tokens and everything editors can do. */
    public static final String ADMIN = "admin";
    /** All content, publishing, taxonomy, and comments. */
    public static final String EDITOR = "editor";

    /** Readers' comments: the moderation queue and opening or closing comments. */
    public static final String MODERATOR = "moderator";

    public static final Set<String> ALL = Set.of(ADMIN, EDITOR, MODERATOR);

    private Roles() {}
}
