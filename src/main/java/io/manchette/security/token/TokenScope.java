package io.manchette.security.token;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.manchette.security.Roles;
import java.util.Arrays;
import java.util.Set;

/** What a program's token may do; each scope grants the roles whose endpoints it opens. */
public enum TokenScope {
    /** Read unpublished content: the management lists, previews and revisions. */
    CONTENT_READ_DRAFTS("content:read-drafts", Roles.DRAFTS_READER),
    /** Write content as an editor: articles, workflow, taxonomy, front page. */
    CONTENT_WRITE("content:write", Roles.EDITOR),
    /** Moderate readers' comments. */
    COMMENTS_MODERATE("comments:moderate", Roles.MODERATOR);

    private final String code;
    private final String role;

    TokenScope(String code, String role) {
        this.code = code;
        this.role = role;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String role() {
        return role;
    }

    @JsonCreator
    public static TokenScope of(String code) {
        return Arrays.stream(values())
                .filter(scope -> scope.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope " + code));
    }

    public static Set<TokenScope> parse(String codes) {
        return Arrays.stream(codes.split(",")).map(TokenScope::of).collect(java.util.stream.Collectors.toSet());
    }
}
