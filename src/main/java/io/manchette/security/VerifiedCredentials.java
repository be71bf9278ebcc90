package io.manchette.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.delivery.ChangeListener;
import io.manchette.delivery.Changed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Basic credentials verified a moment ago, so that a script's thousand calls cost one bcrypt check,
 * not a thousand. An entry is found by an HMAC of the user name and password under a key drawn at
 * start and never kept anywhere (the password itself is never held). A change of the user's
 * password, roles or name, or their removal, drops their entries at once on every instance (the
 * change events); while this instance cannot hear changes, nothing is taken from here.
 */
@ApplicationScoped
public class VerifiedCredentials {

    /** Who a verified credential belongs to, with the roles they had then. */
    public record Verified(long userId, String username, Set<String> roles) {}

    private static final int MAX_ENTRIES = 10_000;

    private final Cache<String, Verified> verified;
    /** When each user last changed, as a sequence number, kept longer than any check takes. */
    private final Cache<Long, Long> changed = Caffeine.newBuilder()
            .expireAfterWrite(java.time.Duration.ofMinutes(5))
            .build();

    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
    private final SecretKeySpec key;
    private final ChangeListener listener;

    VerifiedCredentials(ManchetteConfig config, ChangeListener listener) {
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterWrite(config.security().credentialsRememberedFor())
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.listener = listener;
    }

    /** The key of a credential: never the password, a keyed digest of it. */
    public String keyOf(String username, String password) {
        return digest(username, password);
    }

    public Verified find(String key) {
        return listener.isConnected() ? verified.getIfPresent(key) : null;
    }

    /** Where the changes stood before a check: what it read is remembered only if the user did not change since. */
    public long ticket() {
        return sequence.get();
    }

    public void remember(String digest, Verified who, long ticket) {
        verified.put(digest, who);
        Long changedAt = changed.getIfPresent(who.userId());
        if (changedAt != null && changedAt > ticket) {
            verified.invalidate(digest); // the user changed while we checked: check again next time
        }
    }

    void on(@Observes Changed heard) {
        if (heard.everything()) {
            sequence.incrementAndGet();
            verified.invalidateAll();
            return;
        }
        for (String changedKey : heard.keys()) {
            if (changedKey.startsWith("user:")) {
                long userId = Long.parseLong(changedKey.substring("user:".length()));
                changed.put(userId, sequence.incrementAndGet());
                verified.asMap().values().removeIf(who -> who.userId() == userId);
            }
        }
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
