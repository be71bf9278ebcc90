/**
 * Security: who the caller is. HTTP Basic against bcrypt hashes in the {@code users} table (with
 * throttled guessing), bearer API tokens checked on every request, the role names, the current
 * {@link io.manchette.security.Actor} for ownership rules and the audit trail, and {@code /api/admin/me}.
 * Accounts are managed in {@code account}, which depends on this package, never the reverse.
 */
package io.manchette.security;
