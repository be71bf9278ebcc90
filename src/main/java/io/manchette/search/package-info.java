/**
 * French full-text search over articles ({@code /api/search}, {@code /api/search/suggest}, and
 * {@code ?q=} on the management list). PostgreSQL does the work: a {@code manchette_french} text
 * search configuration (accents folded, French stemming), a weighted {@code search_vector} column
 * the database keeps up to date itself, a GIN index, and trigrams on titles for suggestions.
 */
package io.manchette.search;
