package io.manchette.account;

import io.manchette.audit.AuditLog;
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
    private final AuditLog audit;

    UserService(UserRepository users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
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
        users.persist(user);
        users.flush();
        audit.record("user.create", "user", user.getId(), null, user.getVersion(), user.getUsername());
        LOG.infof("User %s created with roles %s", user.getUsername(), user.roleList());
        return user;
    }

    @Transactional
    public User update(long id, IfMatch ifMatch, UserUpdate update) {
        User user = get(id);
        ifMatch.check(user.getVersion());
        long before = user.getVersion();
        requireKnownRoles(update.roles());
        if (user.isAdmin() && !update.roles().contains(Roles.ADMIN)) {
            requireAnotherAdmin(user);
        }
        user.grant(update.roles());
        if (update.password() != null) {
            user.changePassword(update.password());
        }
        users.flush();
        audit.record("user.update", "user", id, before, user.getVersion(), String.join(",", user.roleList()));
        LOG.infof("User %s now has roles %s", user.getUsername(), user.roleList());
        return user;
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        User user = get(id);
        ifMatch.check(user.getVersion());
        if (user.isAdmin()) {
            requireAnotherAdmin(user);
        }
        users.delete(user);
        audit.record("user.delete", "user", id, user.getVersion(), null, user.getUsername());
        LOG.infof("User %s deleted", user.getUsername());
    }

    /** Creates the first administrator when no user of that name exists yet; never changes an existing one. */
    @Transactional
    public boolean createAdminIfMissing(String username, String password) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        var admin = new User(username, password, List.of(Roles.ADMIN));
        users.persist(admin);
        users.flush();
        audit.record("user.create", "user", admin.getId(), null, admin.getVersion(), "first administrator");
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
