package io.manchette.common.db;

/**
 * An entity under optimistic locking: its id, and the version that {@code If-Match} checks and
 * the audit trail records before and after each change.
 */
public interface VersionedEntity {

    Object getId();

    long getVersion();
}
