/**
 * The demo newsroom: sections, tags, authors, thirty published articles, a few drafts and demo
 * accounts, written for Manchette and loaded once at start when {@code manchette.demo-content} is
 * true (the dev profile only). It goes through the application's services, so every computed field
 * is what a real edit would give.
 */
package io.manchette.demo;
