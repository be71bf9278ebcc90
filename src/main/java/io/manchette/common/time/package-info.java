/** The application's one clock (microseconds, as PostgreSQL stores them) and the instants clients may send. */
package io.manchette.common.time;
