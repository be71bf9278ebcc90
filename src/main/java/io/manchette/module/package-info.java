/**
 * Blocks of the page served whole in one request, so the article page keeps to its few requests:
 * {@code GET /api/modules/references} answers the Références block (the brand's newest career
 * articles and job offers, with the links to all of them), cached as one answer that any change to
 * either drops, and fresh only until the soonest offer expiry.
 */
package io.manchette.module;
