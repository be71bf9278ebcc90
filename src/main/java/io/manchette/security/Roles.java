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

    /** Writes articles, edits their own while in draft or review, submits them; never publishes. */
    public static final String AUTHOR = "author";

    /** Held by API tokens with the content:read-drafts scope: reads unpublished content, writes nothing. */
    public static final String DRAFTS_READER = "drafts-reader";

    /** The roles a person can be given. */
    public static final Set<String> ALL = Set.of(ADMIN, EDITOR, MODERATOR, AUTHOR);

    private Roles() {}
}
