package io.manchette.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.manchette.common.config.ManchetteConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Throttles guessing: failed sign-ins are counted per client address and per user name (Bucket4j
 * token buckets); over either limit, the next attempt is refused before any hash is computed.
 * Password hashes are checked a few at a time, so that no flood of them can take the machine.
 */
@ApplicationScoped
public class SignInGuard {

    private static final long MAX_TRACKED = 100_000;
    private static final Duration HASHING_QUEUE = Duration.ofSeconds(2);

    private final long perClient;
    private final long perUser;
    private final Duration period;
    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> users;
    private final Semaphore hashing;
    private final List<String> trustedProxies;

    SignInGuard(ManchetteConfig config) {
        var security = config.security();
        this.perClient = security.failuresPerClient();
        this.perUser = security.failuresPerUser();
        this.period = security.failurePeriod();
        this.clients = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED)
                .expireAfterAccess(period)
                .build();
        this.users = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED)
                .expireAfterAccess(period)
                .build();
        this.hashing = new Semaphore(security.hashingConcurrency()
                .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));
        this.trustedProxies = config.comments().trustedProxies().orElse(List.of());
    }

    /** The client of a request, as flood protection and the audit log see it. */
    public String clientOf(RoutingContext http) {
        if (http == null) {
            return "unknown";
        }
        return ClientAddress.resolve(
                http.request().remoteAddress().hostAddress(),
                http.request().getHeader("X-Forwarded-For"),
                trustedProxies);
    }

    /** Refuses an attempt from a client, or for a user name ({@code null} for a token), over its limit. */
    public void admit(String client, String username) {
        refuseIfSpent(clients.getIfPresent(client), "too many failed sign-ins from this address");
        if (username != null) {
            refuseIfSpent(users.getIfPresent(username), "too many failed sign-ins for this user");
        }
    }

    /** Counts a failed attempt against the client and the user name. */
    public void failed(String client, String username) {
        clients.get(client, key -> bucket(perClient)).tryConsume(1);
        if (username != null) {
            users.get(username, key -> bucket(perUser)).tryConsume(1);
        }
    }

    /** Runs a password check when a hashing slot is free within two seconds, else refuses it. */
    public <T> T hashing(Supplier<T> check) {
        try {
            if (!hashing.tryAcquire(HASHING_QUEUE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SignInThrottled(1, "Too many sign-ins at once");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInThrottled(1, "Interrupted while waiting to check a password");
        }
        try {
            return check.get();
        } finally {
            hashing.release();
        }
    }

    private static String capitalized(String reason) {
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }

    private Bucket bucket(long capacity) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }

    private static void refuseIfSpent(Bucket bucket, String reason) {
        if (bucket != null && bucket.getAvailableTokens() < 1) {
            long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
            throw new SignInThrottled(
                    Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999)), capitalized(reason));
        }
    }
}
