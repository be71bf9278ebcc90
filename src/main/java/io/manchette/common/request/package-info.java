/**
 * Checks of every request before any resource runs (the request line, the declared body size,
 * Vert.x refusals as problems), the API areas by path ({@link io.manchette.common.request.ApiPaths}),
 * no-store on management answers, and query parameters read as text so a bad one is a 400.
 */
package io.manchette.common.request;
