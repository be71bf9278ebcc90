/**
 * Bearer API tokens for programs: scopes as roles, secrets stored as digests and checked on every
 * request (a revocation takes effect on the next call). Administrators manage them in {@code account}.
 */
package io.manchette.security.token;
