package io.manchette.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.request.HttpTimings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Public answers as they were sent, by canonical request key, each indexed by the {@link CacheKeys}
 * of what it shows, so that a change drops only the answers that show what it touched.
 *
 * <p>An answer is fresh while it belongs to the current epoch and the change listener is connected:
 * when the listener is lost, nothing can be trusted, so the epoch moves on and every answer turns
 * stale. Stale answers are kept, to be served only when the database cannot answer
 * (stale-if-error). A request records a {@link Ticket} when it starts; its answer is not stored if
 * a change of one of its keys was announced since, so an answer read before a change never
 * outlives it.
 */
@ApplicationScoped
public class AnswerCache {

    /** An answer ready to send again, what it shows, and the timers of the route that serves it. */
    public record Answer(
            byte[] body,
            String etag,
            String contentType,
            Set<String> keys,
            String keysHeader,
            long epoch,
            Instant storedAt,
            Instant freshUntil,
            HttpTimings.Route route) {}

    /** Where a request stood when it started: the invalidation sequence and the epoch. */
    public record Ticket(long sequence, long epoch, long startedNanos) {}

    /** How long an answer may take to compute and still be stored; older tickets are refused. */
    private static final Duration LONGEST_COMPUTATION = Duration.ofSeconds(30);

    private final Cache<String, Answer> answers;
    private final ConcurrentHashMap<String, Set<String>> byKey = new ConcurrentHashMap<>();
    /** The sequence number at which each key was last invalidated, kept longer than any computation. */
    private final Cache<String, Long> invalidatedAt = Caffeine.newBuilder()
            .expireAfterWrite(LONGEST_COMPUTATION.multipliedBy(4))
            .build();

    private final ConcurrentHashMap<String, CompletableFuture<Answer>> flights = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong epoch = new AtomicLong();
    private volatile long everythingDroppedAt;
    private volatile boolean listening;
    private volatile Instant staleSince;
    private volatile long lastBeat;
    private volatile long beatsValidFor = Duration.ofSeconds(1).toNanos();
    private final boolean enabled;
    private final Clock clock;

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder droppedEverything = new LongAdder();
    private final LongAdder collapsed = new LongAdder();

    AnswerCache(ManchetteConfig config, Clock clock) {
        long budget = config.delivery().cacheSize().asLongValue();
        this.enabled = budget > 0;
        this.clock = clock;
        this.staleSince = clock.instant();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(Math.max(budget, 1))
                .weigher((String key, Answer answer) -> key.length() * 2
                        + answer.body().length
                        + answer.keysHeader().length() * 2
                        + 128)
                .removalListener(this::unindex)
                .build();
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The answer stored for this key, fresh or stale; {@code null} when there is none. */
    public Answer get(String key) {
        return enabled ? answers.getIfPresent(key) : null;
    }

    /** Whether an answer may be served without asking the database. */
    public boolean isFresh(Answer answer) {
        return listening
                && answer.epoch() == epoch.get()
                && System.nanoTime() - lastBeat < beatsValidFor
                && (answer.freshUntil() == null || clock.instant().isBefore(answer.freshUntil()));
    }

    /** The listener proved it still hears the database: answers stay fresh a while longer. */
    void heartbeat() {
        lastBeat = System.nanoTime();
    }

    /** Since when the answers of past epochs have been stale: the moment the listener was lost. */
    public Instant staleSince() {
        return staleSince;
    }

    public Ticket ticket() {
        return new Ticket(sequence.get(), epoch.get(), System.nanoTime());
    }

    /**
     * Stores an answer computed under {@code ticket}, unless something it shows changed since the
     * ticket was taken. Returns whether it was stored.
     */
    public boolean store(String key, Ticket ticket, Answer answer) {
        if (!enabled || outdated(ticket, answer.keys())) {
            return false;
        }
        answers.put(key, answer);
        for (String k : answer.keys()) {
            byKey.computeIfAbsent(k, x -> ConcurrentHashMap.newKeySet()).add(key);
        }
        // An invalidation may have run between the check and the index: it is seen now.
        if (outdated(ticket, answer.keys())) {
            answers.asMap().remove(key, answer);
            return false;
        }
        return true;
    }

    private boolean outdated(Ticket ticket, Set<String> keys) {
        if (everythingDroppedAt > ticket.sequence()
                || System.nanoTime() - ticket.startedNanos() > LONGEST_COMPUTATION.toNanos()) {
            return true;
        }
        for (String k : keys) {
            Long at = invalidatedAt.getIfPresent(k);
            if (at != null && at > ticket.sequence()) {
                return true;
            }
        }
        return false;
    }

    void on(@Observes Changed changed) {
        if (changed.everything()) {
            invalidateAll();
        } else {
            invalidate(changed.keys());
        }
    }

    /** Drops every answer that shows one of these keys. */
    public void invalidate(Collection<String> keys) {
        long at = sequence.incrementAndGet();
        for (String k : keys) {
            invalidatedAt.put(k, at);
        }
        for (String k : keys) {
            Set<String> shown = byKey.remove(k);
            if (shown != null) {
                shown.forEach(answers::invalidate);
                dropped.add(shown.size());
            }
        }
    }

    /** Drops everything: a change too large to name, or one that may have been missed. */
    public void invalidateAll() {
        everythingDroppedAt = sequence.incrementAndGet();
        droppedEverything.increment();
        answers.invalidateAll();
        byKey.clear();
    }

    /**
     * The change listener's state. Losing it turns every answer stale (kept for stale-if-error);
     * regaining it starts a new epoch, since changes made meanwhile were not heard.
     */
    public void listening(boolean connected, Duration beatsValidFor) {
        this.beatsValidFor = beatsValidFor.toNanos();
        listening(connected);
    }

    public void listening(boolean connected) {
        if (connected == listening) {
            return;
        }
        if (connected) {
            heartbeat();
        } else {
            staleSince = clock.instant();
        }
        epoch.incrementAndGet();
        listening = connected;
    }

    public boolean isListening() {
        return listening;
    }

    /** One computation of an answer; the requests that wait for it hold the same flight. */
    public record Flight(CompletableFuture<Answer> landing, boolean leader) {}

    /**
     * Joins the computation of an answer already under way for this key, or starts one: the leader
     * computes and must {@link #land} it; the others wait for its landing.
     */
    public Flight join(String key) {
        var mine = new CompletableFuture<Answer>();
        var running = flights.putIfAbsent(key, mine);
        if (running == null) {
            return new Flight(mine, true);
        }
        collapsed.increment();
        return new Flight(running, false);
    }

    /** Ends a computation: its waiters get the answer, or {@code null} to compute their own. */
    public void land(String key, Flight flight, Answer answer) {
        if (flight.leader()) {
            flights.remove(key, flight.landing());
            flight.landing().complete(answer);
        }
    }

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    /**
     * Counts for operators and tests: hits, misses (computations), requests that waited for
     * another's computation, answers dropped by changes, drops of everything, answers held.
     */
    public Stats stats() {
        return new Stats(
                hits.sum(),
                misses.sum(),
                collapsed.sum(),
                dropped.sum(),
                droppedEverything.sum(),
                answers.estimatedSize());
    }

    /** See {@link #stats()}. */
    public record Stats(long hits, long misses, long collapsed, long dropped, long droppedEverything, long size) {}

    private void unindex(String key, Answer answer, RemovalCause cause) {
        if (key == null || answer == null || cause == RemovalCause.REPLACED) {
            return;
        }
        for (String k : answer.keys()) {
            byKey.computeIfPresent(k, (x, shown) -> {
                shown.remove(key);
                return shown.isEmpty() ? null : shown;
            });
        }
    }
}
