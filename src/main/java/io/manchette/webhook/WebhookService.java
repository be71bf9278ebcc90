package io.manchette.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.manchette.audit.AuditLog;
import io.manchette.audit.Edits;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.Conflict;
import io.manchette.common.error.InvalidInput;
import io.manchette.common.error.NotFound;
import io.manchette.common.error.Violation;
import io.manchette.common.http.IfMatch;
import io.manchette.common.http.MergePatch;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The rules of webhook subscriptions: event types from the known list, URLs to public addresses,
 * every change under {@code If-Match} and audited, secrets shown once and rotated with an overlap,
 * and the delivery log with its replays.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAddresses addresses;
    private final AuditLog audit;
    private final Edits edits;
    private final Actors actors;
    private final Clock clock;
    private final MergePatch mergePatch;
    private final Duration rotationOverlap;

    WebhookService(
            WebhookSubscriptionRepository subscriptions,
            WebhookDeliveryRepository deliveries,
            WebhookAddresses addresses,
            AuditLog audit,
            Edits edits,
            Actors actors,
            Clock clock,
            MergePatch mergePatch,
            ManchetteConfig config) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.audit = audit;
        this.edits = edits;
        this.actors = actors;
        this.clock = clock;
        this.mergePatch = mergePatch;
        this.rotationOverlap = config.webhooks().rotationOverlap();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription get(long id) {
        return subscriptions.findByIdOptional(id).orElseThrow(() -> new NotFound("Webhook", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<WebhookViews.View> list(PageRequest page) {
        return CursorPage.of(subscriptions.listPage(page), page, s -> Cursor.of(s.getId()), WebhookViews.View::from);
    }

    @Transactional
    public WebhookViews.Created create(WebhookInput input) {
        check(input);
        var subscription = new WebhookSubscription(
                input.url().strip(),
                input.events(),
                description(input),
                WebhookSigner.newSecret(),
                actors.current().name(),
                clock.instant());
        subscriptions.persist(subscription);
        subscriptions.flush();
        audit.record(
                "webhook.create",
                "webhook",
                subscription.getId(),
                null,
                subscription.getVersion(),
                hostOf(input.url()));
        LOG.infof("Webhook %d created for %s on %s", subscription.getId(), hostOf(input.url()), input.events());
        return new WebhookViews.Created(WebhookViews.View.from(subscription), subscription.getSecret());
    }

    @Transactional
    public WebhookSubscription replace(long id, IfMatch ifMatch, WebhookInput input) {
        return edits.change(
                "webhook.update",
                get(id),
                ifMatch,
                subscription -> {
                    check(input);
                    subscription.change(input.url().strip(), input.events(), description(input), clock.instant());
                },
                subscription -> hostOf(subscription.getUrl()));
    }

    /** An RFC 7396 merge patch over {@code {url, events, description}}, under the rules of a PUT. */
    @Transactional
    public WebhookSubscription patch(long id, IfMatch ifMatch, JsonNode patch) {
        var subscription = get(id);
        var current = new WebhookInput(subscription.getUrl(), subscription.getEvents(), subscription.getDescription());
        var patched = mergePatch.apply(current, patch, WebhookInput.class);
        return replace(id, ifMatch, patched);
    }

    @Transactional
    public WebhookSubscription pause(long id, IfMatch ifMatch) {
        String reason = "paused by " + actors.current().name();
        return edits.change(
                "webhook.pause", get(id), ifMatch, subscription -> subscription.pause(clock.instant(), reason));
    }

    @Transactional
    public WebhookSubscription resume(long id, IfMatch ifMatch) {
        var subscription = edits.change("webhook.resume", get(id), ifMatch, resumed -> resumed.resume(clock.instant()));
        LOG.infof("Webhook %d resumed", id);
        return subscription;
    }

    @Transactional
    public void delete(long id, IfMatch ifMatch) {
        edits.delete(
                "webhook.delete",
                get(id),
                ifMatch,
                subscriptions::delete,
                subscription -> hostOf(subscription.getUrl()));
        LOG.infof("Webhook %d deleted", id);
    }

    /** A new secret, shown once; the old one keeps signing, beside it, for the configured overlap. */
    @Transactional
    public WebhookViews.Created rotateSecret(long id, IfMatch ifMatch) {
        Instant now = clock.instant();
        var subscription = edits.change(
                "webhook.rotate-secret",
                get(id),
                ifMatch,
                rotated -> rotated.rotate(WebhookSigner.newSecret(), now, now.plus(rotationOverlap)));
        LOG.infof("Webhook %d secret rotated; the old one signs until %s", id, subscription.getPreviousSecretUntil());
        return new WebhookViews.Created(WebhookViews.View.from(subscription), subscription.getSecret());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<WebhookViews.Delivery> deliveries(long id, PageRequest page) {
        get(id);
        var rows =
                deliveries.page(id, page.after() == null ? null : page.after().id(), page.fetchSize());
        var kept = rows.subList(0, Math.min(rows.size(), page.limit()));
        var views = withAttempts(kept);
        return CursorPage.of(rows, page, r -> Cursor.of(r.id()), r -> views.get(r.id()));
    }

    /** Sends one delivery again now, with a whole retry schedule ahead of it. */
    @Transactional
    public WebhookViews.Delivery retry(long id, long deliveryId) {
        var subscription = get(id);
        if (subscription.getPausedAt() != null) {
            throw new Conflict("Webhook " + id + " is paused: resume it, and its waiting deliveries go out");
        }
        if (deliveries.requeue(id, deliveryId, clock.instant()) == 0) {
            throw new NotFound("Delivery", deliveryId);
        }
        audit.record(
                "webhook.retry",
                "webhook",
                id,
                subscription.getVersion(),
                subscription.getVersion(),
                "delivery " + deliveryId);
        var row = deliveries.find(id, deliveryId).orElseThrow(() -> new NotFound("Delivery", deliveryId));
        return withAttempts(List.of(row)).get(deliveryId);
    }

    private Map<Long, WebhookViews.Delivery> withAttempts(List<WebhookDeliveryRepository.Row> rows) {
        var attempts = deliveries
                .attemptsOf(rows.stream().map(WebhookDeliveryRepository.Row::id).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        WebhookDeliveryRepository.Attempt::deliveryId,
                        Collectors.mapping(
                                a -> new WebhookViews.Attempt(
                                        a.attemptedAt(), a.statusCode(), a.durationMs(), a.error()),
                                Collectors.toList())));
        return rows.stream()
                .collect(Collectors.toMap(
                        WebhookDeliveryRepository.Row::id,
                        r -> new WebhookViews.Delivery(
                                r.id(),
                                r.messageId(),
                                r.type(),
                                r.status(),
                                r.createdAt(),
                                r.nextAttemptAt(),
                                r.deliveredAt(),
                                attempts.getOrDefault(r.id(), List.of()))));
    }

    private void check(WebhookInput input) {
        List<Violation> violations = new ArrayList<>();
        addresses.refusal(input.url().strip()).ifPresent(why -> violations.add(new Violation("url", why)));
        for (int i = 0; i < input.events().size(); i++) {
            if (!WebhookEventTypes.ALL.contains(input.events().get(i))) {
                violations.add(new Violation(
                        "events[" + i + "]",
                        "is not an event type; one of " + String.join(", ", WebhookEventTypes.ALL)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private static String description(WebhookInput input) {
        return input.description() == null || input.description().isBlank()
                ? null
                : input.description().strip();
    }

    /** The URL's host, for logs and the audit: a URL's path or query may carry a receiver's token. */
    private static String hostOf(String url) {
        try {
            return java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
