/**
 * Security: the people who sign in to the management API (HTTP Basic against bcrypt hashes in the
 * {@code users} table), their roles, and the first administrator created at start. Endpoints:
 * {@code /api/admin/users} (admins only) and {@code /api/admin/me}. Invariants: password hashes
 * never leave the service; the last administrator cannot be removed or demoted.
 */
package io.manchette.security;
