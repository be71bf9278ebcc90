/**
 * Conditional writes: {@code If-Match} read and checked against an entity's version, answers
 * carrying the new version as their ETag, and JSON Merge Patch (RFC 7396) under the rules of a PUT.
 */
package io.manchette.common.http;
