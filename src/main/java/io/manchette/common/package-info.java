/**
 * What every feature shares, depending on none: configuration, errors as RFC 9457 problems,
 * request checks, conditional writes, JSON rules, paging, text, time, database helpers and the
 * OpenAPI filters.
 */
package io.manchette.common;
