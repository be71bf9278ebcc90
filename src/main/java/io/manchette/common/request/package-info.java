/**
 * What every request goes through before and after any resource: checks (the request line, the
 * declared body size, Vert.x refusals as problems), the API areas by path
 * ({@link io.manchette.common.request.ApiPaths}), no-store on management answers, query parameters
 * read as text so a bad one is a 400, a request id on every answer and in every log line of its
 * request ({@link io.manchette.common.request.RequestIds}), and timings of every request by its
 * route template ({@link io.manchette.common.request.HttpTimings}, recorded by Manchette itself so
 * that a cache hit stays a look-up and a write).
 */
package io.manchette.common.request;
