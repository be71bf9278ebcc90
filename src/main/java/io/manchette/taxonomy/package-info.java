/**
 * Taxonomy: the section tree, tags and authors that articles are filed under. Public reads under
 * {@code /api/sections}, {@code /api/tags}, {@code /api/authors}; management under
 * {@code /api/admin/...}. Invariants: a section's path is its slug chain and changes with its
 * ancestors; the tree has no cycle; nothing that articles still use can be deleted.
 */
package io.manchette.taxonomy;
