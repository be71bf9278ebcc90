package io.manchette.security.token;

import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Every query on API tokens. */
@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findBySecretHash(String hash) {
        return find("secretHash = ?1", hash).firstResultOptional();
    }

    /** Notes the last use without touching the version: an admin's If-Match must not go stale for it. */
    public void recordUse(long id, java.time.Instant at) {
        update("lastUsedAt = ?1 where id = ?2", at, id);
    }

    public List<ApiToken> listPage(PageRequest page) {
        var query = page.after() == null
                ? find("order by id")
                : find("id > ?1 order by id", page.after().id());
        return query.range(0, page.fetchSize() - 1).list();
    }
}
