/** Keyset pagination: opaque cursors bound to the list that made them, page requests and pages. */
package io.manchette.common.paging;
