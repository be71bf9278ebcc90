/**
 * Operations: what an operator scrapes and probes about the features. Gauges and counters of the
 * cache, the scheduler's lag and the moderation queue ({@link io.manchette.ops.OpsMetrics}), and
 * readiness checks named after the dependency they watch ({@code postgresql}, {@code change-listener}).
 * The instrumentation of every request (timings, request ids) is {@code common.request}'s, so that
 * the cache route can use it without depending on this package.
 */
package io.manchette.ops;
