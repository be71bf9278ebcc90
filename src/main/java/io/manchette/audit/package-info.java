/**
 * The audit log: every management change (who, what, which version before and after, when, from
 * which address), written in the transaction of the change itself, so a change and its trace
 * commit or fail together. Read by administrators at {@code /api/admin/audit}.
 */
package io.manchette.audit;
