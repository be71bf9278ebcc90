/**
 * Accounts: the people who sign in to the management API and the programs' API tokens, as
 * administrators manage them ({@code /api/admin/users}, {@code /api/admin/tokens}), and the first
 * administrator created at start. Every change is audited. Invariants: password hashes and token
 * secrets never leave the service (a token's secret is shown once, at creation); the last
 * administrator cannot be removed or demoted. How callers are authenticated is {@code security}'s.
 */
package io.manchette.account;
