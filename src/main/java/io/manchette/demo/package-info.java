/**
 * The demo newsroom: sections, tags, authors, thirty published articles, a few drafts, comment
 * threads (approved ones with replies, and pending ones) and demo accounts, written for Manchette.
 * It is loaded once at start when {@code manchette.demo-content} is true (the dev profile only),
 * through the application's services, so every computed field is what a real edit would give.
 */
package io.manchette.demo;
