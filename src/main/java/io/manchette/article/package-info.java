/**
 * Articles: writing them (management API under {@code /api/admin/articles}) and delivering the
 * published ones ({@code /api/articles}, and the article lists of sections, tags and authors).
 * Invariants: the public API never shows an unpublished article; word count and reading time are
 * computed when an article is written; every write names the version it was based on. Photos
 * come from the media library by id (a lead image, image blocks): readers get them with their
 * renditions only while their rights last, and an article goes live only with an alt for each.
 */
package io.manchette.article;
