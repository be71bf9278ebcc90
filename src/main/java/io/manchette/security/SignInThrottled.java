package io.manchette.security;

import io.manchette.common.error.TooManyRequests;

/**
 * Too many failed sign-ins from this client or for this user name, or too many password checks
 * at once: answered 429 with {@code Retry-After}, decided before any hash is computed.
 */
public class SignInThrottled extends TooManyRequests {

    public SignInThrottled(long retryAfterSeconds, String reason) {
        super(retryAfterSeconds, reason);
    }
}
