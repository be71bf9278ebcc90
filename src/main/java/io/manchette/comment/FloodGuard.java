package io.manchette.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.TooManyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Flood protection for comment posting: a Bucket4j token bucket per client address, so one client's
 * burst never slows another. Buckets live in a bounded Caffeine cache and expire once full again.
 */
@ApplicationScoped
public class FloodGuard {

    private static final long MAX_CLIENTS = 100_000;

    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    FloodGuard(ManchetteConfig config) {
        this.capacity = config.comments().floodCapacity();
        this.period = config.comments().floodPeriod();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(period)
                .build();
    }

    /** Takes one token for the client, or refuses with 429 and the seconds to wait. */
    public void admit(String client) {
        Bucket bucket = buckets.get(
                client,
                key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
            throw new TooManyRequests(seconds);
        }
    }
}
