/**
 * Revisions: each save of an article keeps its content as the editor would send it, numbered per
 * article and pruned beyond the configured count; listed, diffed field by field, restored as a new
 * revision under {@code /api/admin/articles/{id}/revisions}.
 */
package io.manchette.article.revision;
