/**
 * Database helpers: the local dev and test database created when missing, LIKE patterns built
 * from client text, and the id-and-version contract of entities under optimistic locking.
 */
package io.manchette.common.db;
