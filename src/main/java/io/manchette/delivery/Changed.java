package io.manchette.delivery;

import java.util.Collection;
import java.util.Set;

/**
 * Heard on this instance: a committed change named these cache keys (see {@link CacheKeys}), or
 * was too large to name them, and everything may have changed. Fired by {@link CommitCapture} for
 * this instance's own commits and by {@link ChangeListener} for every commit; whatever keeps a copy
 * of the database's content (the public answers, verified sign-ins) observes it.
 */
public record Changed(Set<String> keys, boolean everything) {

    public static Changed ofKeys(Collection<String> keys) {
        return new Changed(Set.copyOf(keys), false);
    }

    public static Changed ofEverything() {
        return new Changed(Set.of(), true);
    }
}
