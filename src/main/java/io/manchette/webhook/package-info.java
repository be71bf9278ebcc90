/**
 * Signed webhooks (Standard Webhooks): administrators subscribe URLs to event types under
 * {@code /api/admin/webhooks}. A trigger on {@code change_events} writes each public change to the
 * {@code webhook_events} outbox in the change's own transaction; {@link io.manchette.webhook.WebhookWorker}
 * fans events out to one delivery per subscription and delivers each under a SKIP LOCKED row lock,
 * so exactly one instance sends it, retrying on the configured schedule and pausing a subscription
 * that keeps failing. {@link io.manchette.webhook.WebhookAddresses} keeps URLs off private networks.
 */
package io.manchette.webhook;
