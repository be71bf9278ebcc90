/**
 * Job offers of Références, the jobs and careers brand: {@code GET /api/jobs} (newest first,
 * filters region, contract, q) and {@code GET /api/jobs/{slug}} with schema.org JobPosting JSON-LD;
 * editors manage them under {@code /api/admin/jobs}, and a partner's feed re-imports through
 * {@code PUT /api/admin/jobs/by-source/{source}/{externalId}}, an upsert that never duplicates.
 * Only live offers (posted, not expired) are public; answers are fresh until the soonest expiry or
 * posting, so an expired offer leaves the public API with no write.
 */
package io.manchette.job;
