/**
 * Manchette, a headless CMS for newsrooms. One package per feature (article, taxonomy, comment,
 * feed, job, placement, module, media, search and webhook for the page and its readers; account,
 * security and audit for the newsroom; delivery, the public cache; ops, what operators probe),
 * each with its resources (HTTP), services (rules, transactions), repositories (queries), entities
 * and records; common holds what every feature shares and depends on no feature. CONTRIBUTING.md
 * says where code goes.
 */
package io.manchette;
