package io.manchette.security;

import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Every query on users. */
@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    public Optional<User> findByUsername(String username) {
        return find("username = ?1", username).firstResultOptional();
    }

    public List<User> listPage(PageRequest page) {
        var query = page.after() == null
                ? find("order by id")
                : find("id > ?1 order by id", page.after().id());
        return query.range(0, page.fetchSize() - 1).list();
    }

    /** Roles are stored comma-separated; this matches the {@code admin} entry wherever it stands. */
    private static final String IS_ADMIN =
            "(roles = 'admin' or roles like 'admin,%' or roles like '%,admin' or roles like '%,admin,%')";

    public long countAdmins() {
        return count(IS_ADMIN);
    }

    /**
     * Administrators other than the given user, to keep at least one. Their rows are locked first,
     * so that two administrators demoting each other at once are counted one after the other: the
     * second waits for the first, then sees one administrator fewer.
     */
    public long countOtherAdminsLocked(User user) {
        getEntityManager()
                .createNativeQuery("select id from users where " + IS_ADMIN + " order by id for update")
                .getResultList();
        return count("id <> ?1 and " + IS_ADMIN, user.getId());
    }
}
