package io.manchette.webhook;

import io.manchette.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Every query on webhook subscriptions. */
@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepository<WebhookSubscription> {

    public List<WebhookSubscription> listPage(PageRequest page) {
        var query = page.after() == null
                ? find("order by id")
                : find("id > ?1 order by id", page.after().id());
        return query.range(0, page.fetchSize() - 1).list();
    }
}
