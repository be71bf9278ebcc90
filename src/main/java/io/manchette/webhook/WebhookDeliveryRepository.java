package io.manchette.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every query on the webhook outbox, its deliveries and their attempts (plain SQL: rows, not entities). */
@ApplicationScoped
public class WebhookDeliveryRepository {

    private final EntityManager em;

    WebhookDeliveryRepository(EntityManager em) {
        this.em = em;
    }

    /** A delivery due now, with what it takes to send it. */
    public record Due(
            long id,
            int attempts,
            long subscriptionId,
            String url,
            String messageId,
            String type,
            Instant occurredAt,
            String data,
            List<String> keys,
            List<String> secrets) {}

    /** One row of the delivery log, before its attempts are attached. */
    public record Row(
            long id,
            String messageId,
            String type,
            String status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant deliveredAt) {}

    /** One attempt of a delivery. */
    public record Attempt(long deliveryId, Instant attemptedAt, Integer statusCode, long durationMs, String error) {}

    /**
     * Turns new outbox events into one delivery per subscription asking for their type (paused ones
     * too: their deliveries wait for the resume). Events are taken under SKIP LOCKED, so two
     * instances split them; returns how many events were handled.
     */
    public int fanOut(Instant now, int batch) {
        Number handled = (Number) em.createNativeQuery("""
                        with claimed as (
                            select id, type from webhook_events where not fanned_out
                             order by id limit ?1 for update skip locked),
                        created as (
                            insert into webhook_deliveries (event_id, subscription_id, status, next_attempt_at, created_at)
                            select c.id, s.id, 'PENDING', ?2, ?2
                              from claimed c join webhook_subscriptions s
                                on c.type = any (string_to_array(s.events, ',')) and c.id > s.after_event_id
                            on conflict do nothing
                            returning 1),
                        -- (a data-modifying WITH runs to completion whether or not it is read)
                        marked as (
                            update webhook_events e set fanned_out = true from claimed c where e.id = c.id
                            returning 1)
                        select count(*) from marked""")
                .setParameter(1, batch)
                .setParameter(2, now)
                .getSingleResult();
        return handled.intValue();
    }

    /** Ids of deliveries due at {@code now} for subscriptions that are not paused, soonest first. */
    @SuppressWarnings("unchecked")
    public List<Long> listDue(Instant now, int limit) {
        List<Number> ids = em.createNativeQuery("""
                        select d.id from webhook_deliveries d
                          join webhook_subscriptions s on s.id = d.subscription_id
                         where d.status = 'PENDING' and d.next_attempt_at <= ?1 and s.paused_at is null
                         order by d.next_attempt_at, d.id limit ?2""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Locks one delivery if it is still due, and nobody else holds it: the lock lasts until the
     * transaction that sends it ends, so no other instance sends it meanwhile.
     */
    @SuppressWarnings("unchecked")
    public Optional<Due> lockDue(long id, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.attempts, s.id, s.url, e.message_id, e.type, e.occurred_at, e.data::text,
                               array_to_string(e.keys, ' '), s.secret,
                               case when s.previous_secret_until > ?2 then s.previous_secret end
                          from webhook_deliveries d
                          join webhook_subscriptions s on s.id = d.subscription_id
                          join webhook_events e on e.id = d.event_id
                         where d.id = ?1 and d.status = 'PENDING' and d.next_attempt_at <= ?2 and s.paused_at is null
                           for update of d skip locked""")
                .setParameter(1, id)
                .setParameter(2, now)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Due(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).longValue(),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        instant(r[6]),
                        (String) r[7],
                        ((String) r[8]).isEmpty() ? List.of() : Arrays.asList(((String) r[8]).split(" ")),
                        r[10] == null ? List.of((String) r[9]) : List.of((String) r[9], (String) r[10])));
    }

    public void recordAttempt(long deliveryId, Instant at, Integer statusCode, long durationMs, String error) {
        em.createNativeQuery("insert into webhook_attempts (delivery_id, attempted_at, status_code, duration_ms, error)"
                        + " values (?1, ?2, cast(?3 as integer), ?4, cast(?5 as text))")
                .setParameter(1, deliveryId)
                .setParameter(2, at)
                .setParameter(3, statusCode)
                .setParameter(4, durationMs)
                .setParameter(5, error)
                .executeUpdate();
    }

    public void markDelivered(long deliveryId, Instant at) {
        em.createNativeQuery("update webhook_deliveries set status = 'DELIVERED', attempts = attempts + 1,"
                        + " delivered_at = ?2, next_attempt_at = null where id = ?1")
                .setParameter(1, deliveryId)
                .setParameter(2, at)
                .executeUpdate();
    }

    /** A failed attempt: the next one at {@code next}, or none (failed for good) when it is null. */
    public void markFailed(long deliveryId, Instant next) {
        em.createNativeQuery("update webhook_deliveries set attempts = attempts + 1,"
                        + " status = case when cast(?2 as timestamptz) is null then 'FAILED' else 'PENDING' end,"
                        + " next_attempt_at = cast(?2 as timestamptz) where id = ?1")
                .setParameter(1, deliveryId)
                .setParameter(2, next)
                .executeUpdate();
    }

    /** A replay asked by an administrator: due now, with the whole retry schedule ahead of it. */
    public int requeue(long subscriptionId, long deliveryId, Instant now) {
        return em.createNativeQuery("update webhook_deliveries set status = 'PENDING', attempts = 0,"
                        + " next_attempt_at = ?3, delivered_at = null where id = ?2 and subscription_id = ?1")
                .setParameter(1, subscriptionId)
                .setParameter(2, deliveryId)
                .setParameter(3, now)
                .executeUpdate();
    }

    /** The subscription's run of failures after a success (reset) or a failure (one more); the new count. */
    public int countOutcome(long subscriptionId, boolean success) {
        Number count = (Number) em.createNativeQuery("update webhook_subscriptions set consecutive_failures ="
                        + " case when ?2 then 0 else consecutive_failures + 1 end where id = ?1"
                        + " returning consecutive_failures")
                .setParameter(1, subscriptionId)
                .setParameter(2, success)
                .getSingleResult();
        return count.intValue();
    }

    /** Pauses a subscription that keeps failing; its version moves, as an administrator's pause would. */
    public void pauseForFailures(long subscriptionId, Instant at, String reason) {
        em.createNativeQuery("update webhook_subscriptions set paused_at = ?2, pause_reason = ?3, updated_at = ?2,"
                        + " version = version + 1 where id = ?1 and paused_at is null")
                .setParameter(1, subscriptionId)
                .setParameter(2, at)
                .setParameter(3, reason)
                .executeUpdate();
    }

    /** A page of a subscription's deliveries, newest first; one more row than the page when there is one. */
    @SuppressWarnings("unchecked")
    public List<Row> page(long subscriptionId, Long beforeId, int fetch) {
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, e.message_id, e.type, d.status, d.attempts, d.created_at, d.next_attempt_at,
                               d.delivered_at
                          from webhook_deliveries d join webhook_events e on e.id = d.event_id
                         where d.subscription_id = ?1 and d.id < ?2
                         order by d.id desc limit ?3""")
                .setParameter(1, subscriptionId)
                .setParameter(2, beforeId == null ? Long.MAX_VALUE : beforeId)
                .setParameter(3, fetch)
                .getResultList();
        return rows.stream().map(WebhookDeliveryRepository::row).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<Row> find(long subscriptionId, long deliveryId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, e.message_id, e.type, d.status, d.attempts, d.created_at, d.next_attempt_at,
                               d.delivered_at
                          from webhook_deliveries d join webhook_events e on e.id = d.event_id
                         where d.subscription_id = ?1 and d.id = ?2""")
                .setParameter(1, subscriptionId)
                .setParameter(2, deliveryId)
                .getResultList();
        return rows.stream().findFirst().map(WebhookDeliveryRepository::row);
    }

    /** The attempts of these deliveries, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Attempt> attemptsOf(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select delivery_id, attempted_at, status_code, duration_ms, error from webhook_attempts
                         where delivery_id = any (cast(?1 as bigint[])) order by delivery_id, id""")
                .setParameter(1, deliveryIds.toArray(Long[]::new))
                .getResultList();
        return rows.stream()
                .map(r -> new Attempt(
                        ((Number) r[0]).longValue(),
                        instant(r[1]),
                        r[2] == null ? null : ((Number) r[2]).intValue(),
                        ((Number) r[3]).longValue(),
                        (String) r[4]))
                .toList();
    }

    /**
     * Drops deliveries (and their attempts) created before {@code before}, then the events no delivery
     * needs any more; returns how many deliveries went.
     */
    public int purge(Instant before) {
        int deliveries = em.createNativeQuery("delete from webhook_deliveries where created_at < ?1")
                .setParameter(1, before)
                .executeUpdate();
        em.createNativeQuery("delete from webhook_events e where e.fanned_out"
                        + " and not exists (select 1 from webhook_deliveries d where d.event_id = e.id)")
                .executeUpdate();
        return deliveries;
    }

    private static Row row(Object[] r) {
        return new Row(
                ((Number) r[0]).longValue(),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                ((Number) r[4]).intValue(),
                instant(r[5]),
                instant(r[6]),
                instant(r[7]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Not an instant: " + value.getClass());
    }
}
