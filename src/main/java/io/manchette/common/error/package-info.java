/**
 * Failures as RFC 9457 problems: domain exceptions with their status, the one mapper for the
 * framework's exceptions, and the same problem shape for what routes refuse before JAX-RS.
 */
package io.manchette.common.error;
