/**
 * The public read path and what keeps it true.
 *
 * <p>Request: {@link io.manchette.delivery.CacheRoute} (event loop) checks the query against
 * {@link io.manchette.delivery.PublicEndpoints}, looks the canonical key up in
 * {@link io.manchette.delivery.AnswerCache}, and sends a fresh answer at once; on a miss one request
 * per key goes on to its resource (the others wait), which answers through
 * {@link io.manchette.delivery.PublicAnswers}: serialised once, a strong ETag, stored under the
 * {@link io.manchette.delivery.CacheKeys} of what it shows.
 *
 * <p>Change: database triggers write a change event with its keys in the writing transaction
 * ({@code change_events}) and announce it on {@code manchette_content} at commit;
 * {@link io.manchette.delivery.CommitCapture} drops those keys on this instance at its commit,
 * {@link io.manchette.delivery.ChangeListener} on every instance. A lost listener turns everything
 * stale; while PostgreSQL is out of reach, {@link io.manchette.delivery.StaleAnswers} serves what
 * the cache still holds (stale-if-error) and the rest is a 503.
 */
package io.manchette.delivery;
