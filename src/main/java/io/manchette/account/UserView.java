package io.manchette.account;

import io.manchette.security.User;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as admins see them: never their password or its hash. */
@Schema(name = "User")
public record UserView(
        long id, long version, String username, List<String> roles, Instant createdAt, Instant updatedAt) {

    public static UserView from(User user) {
        return new UserView(
                user.getId(),
                user.getVersion(),
                user.getUsername(),
                user.roleList(),
                user.getCreatedAt(),
                user.getUpdatedAt());
    }
}
