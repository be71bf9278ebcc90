/** Every {@code manchette.*} setting, typed, documented and checked at start. */
package io.manchette.common.config;
