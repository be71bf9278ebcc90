package io.manchette.common.error;

import java.util.Map;

/** A client over its rate limit (RFC 6585, 429); {@code Retry-After} says when it may try again. */
public class TooManyRequests extends ProblemException {

    public TooManyRequests(long retryAfterSeconds) {
        this(retryAfterSeconds, "Too many comments from your address");
    }

    public TooManyRequests(long retryAfterSeconds, String reason) {
        super(
                429,
                ProblemTypes.TOO_MANY_REQUESTS,
                "Too many requests",
                reason + "; try again in " + retryAfterSeconds + " s",
                Map.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
