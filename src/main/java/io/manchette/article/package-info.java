/**
 * Articles: writing them (management API under {@code /api/admin/articles}) and delivering the
 * published ones ({@code /api/articles}, and the article lists of sections, tags and authors).
 * Invariants: the public API never shows an unpublished article; word count and reading time are
 * computed when an article is written; every write names the version it was based on.
 */
package io.manchette.article;
