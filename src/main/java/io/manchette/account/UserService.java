package io.manchette.account;

import io.manchette.audit.Edits;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.error.Violation;
import io.manchette.common.http.IfMatch;
import io.manchette.security.Roles;
import io.manchette.security.User;
import io.manchette.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** People management; keeps at least one administrator at all times. */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);

    private final UserRepository users;
    private final Edits edits;

    UserService(UserRepository users, Edits edits) {
        this.users = users;
        this.edits = edits;
    }

    public User get(long id) {
        return users.findByIdOptional(id).orElseThrow(() -> new NotFound("User", id));
    }

    @Transactional
    public User create(UserInput input) {
        requireKnownRoles(input.roles());
        if (users.findByUsername(input.username()).isPresent()) {
            throw new Conflict("A user is already named '" + input.username() + "'");
        }
        var user = new User(input.username(), input.password(), input.roles());
        edits.create("user.create", user, users::persist, User::getUsername);
        LOG.infof("User %s created with roles %s", user.getUsername(), user.roleList());
        return user;
    }

    @Transactional
    public User update(long id, IfMatch ifMatch, UserUpdate update) {
        User user = edits.change(
                "user.update",
                get(id),
                ifMatch,
                changed -> {
                    requireKnownRoles(update.roles());
                    if (changed.isAdmin() && !update.roles().contains(Roles.ADMIN)) {
                        requireAnotherAdmin(changed);
                    }
                    changed.grant(update.roles());
                    if (update.password() != null) {
                        changed.changePassword(update.password());
                    }
                },
                changed -> String.join(",", changed.roleList()));
        LOG.infof("User %s now has roles %s", user.getUsername(), user.roleList());
        return user;
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        User deleted = get(id);
        edits.delete(
                "user.delete",
                deleted,
                ifMatch,
                user -> {
                    if (user.isAdmin()) {
                        requireAnotherAdmin(user);
                    }
                    users.delete(user);
                },
                User::getUsername);
        LOG.infof("User %s deleted", deleted.getUsername());
    }

    /** Creates the first administrator when no user of that name exists yet; never changes an existing one. */
    @Transactional
    public boolean createAdminIfMissing(String username, String password) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        var admin = new User(username, password, List.of(Roles.ADMIN));
        edits.create("user.create", admin, users::persist, created -> "first administrator");
        LOG.infof("First administrator %s created", username);
        return true;
    }

    @Transactional
    public boolean hasAnyAdmin() {
        return users.countAdmins() > 0;
    }

    private void requireAnotherAdmin(User user) {
        if (users.countOtherAdminsLocked(user) == 0) {
            throw new Conflict("'" + user.getUsername() + "' is the last administrator");
        }
    }

    private static void requireKnownRoles(List<String> roles) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (!Roles.ALL.contains(roles.get(i))) {
                violations.add(new Violation(
                        "roles[" + i + "]",
                        "must be one of " + Roles.ALL.stream().sorted().toList()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
