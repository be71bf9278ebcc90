/**
 * Delivery around the article page: "Le fil info" ({@code /api/feed}, tabs "Tous" and "La Une"),
 * the front page "À la Une" ({@code /api/front-page}, curated through
 * {@code /api/admin/front-page}), and syndication (RSS, sitemaps) outside {@code /api}.
 * Invariant: only published articles are ever shown; an article that stops being published drops
 * out of the front page on its own, while staying in the editors' selection.
 */
package io.manchette.feed;
