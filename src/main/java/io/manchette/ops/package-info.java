/**
 * Operations: what an operator scrapes, reads and probes. Prometheus metrics at {@code /q/metrics}
 * ({@link io.manchette.ops.HttpTimings} times every request by its route template, recorded by
 * Manchette itself so that a cache hit stays a look-up and a write), a request id on every answer
 * and in every log line of its request ({@link io.manchette.ops.RequestIds}), and readiness checks
 * named after the dependency they watch ({@code postgresql}, {@code change-listener}).
 */
package io.manchette.ops;
