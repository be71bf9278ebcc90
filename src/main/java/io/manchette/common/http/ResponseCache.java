package io.manchette.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.manchette.common.config.ManchetteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Public responses as they were sent (bytes, strong ETag, media type), by request URI, so a hit
 * costs a map look-up. Any change to what readers see empties it (see {@link ContentChanges}); a
 * generation number keeps a response computed before a change from being stored after it.
 */
@ApplicationScoped
public class ResponseCache {

    /** A response ready to send again. */
    public record Entry(byte[] body, String etag, String contentType) {}

    private final Cache<String, Entry> entries;
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;

    ResponseCache(ManchetteConfig config) {
        long budget = config.delivery().cacheSize().asLongValue();
        this.enabled = budget > 0;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(Math.max(budget, 1))
                .weigher((String key, Entry entry) -> key.length() * 2 + entry.body().length + 64)
                .build();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Entry get(String uri) {
        return entries.getIfPresent(uri);
    }

    /** The generation a request starts in; its response is stored only if no change came meanwhile. */
    public long generation() {
        return generation.get();
    }

    public void put(String uri, long startedIn, Entry entry) {
        if (!enabled || generation.get() != startedIn) {
            return;
        }
        entries.put(uri, entry);
        if (generation.get() != startedIn) {
            entries.invalidate(uri); // a change slipped in between the check and the put
        }
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
