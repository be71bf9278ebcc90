package io.manchette.media;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The photos an answer may show, as readers get them: those whose rights have passed are left
 * out, and {@code freshUntil} is when the first of the others passes (null when none has an end),
 * so that an answer showing them is dropped by then without any write.
 */
public record Photos(Map<Long, MediaDelivery> shown, Instant freshUntil) {

    public static final Photos NONE = new Photos(Map.of(), null);

    /** The photo with this id, if readers may see it; empty for null, unknown or out of rights. */
    public Optional<MediaDelivery> get(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(shown.get(id));
    }
}
