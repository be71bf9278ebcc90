/**
 * Placements: house promotions ("Allez au-delà de l'actualité — Découvrir") in named slots of the
 * page, each live from {@code startsAt} to {@code endsAt}, the highest priority first. Editors
 * manage them under {@code /api/admin/placements} (If-Match on every change); readers get what a
 * slot shows now at {@code GET /api/placements/{slot}}, cached until the next start or end in that
 * slot ({@code freshUntil}), so an answer never outlives a promotion's end, and dropped at once by
 * an edit (key {@code placements:<slot>}).
 */
package io.manchette.placement;
