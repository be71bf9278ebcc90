/**
 * The section tree: public reads under {@code /api/sections}, management under
 * {@code /api/admin/sections}, breadcrumbs in one query. A path is its slug chain and moves with
 * its ancestors; the tree has no cycle; a section with sub-sections or articles cannot be deleted.
 */
package io.manchette.taxonomy.section;
