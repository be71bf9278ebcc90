/** Text rules: the characters input may hold, and slugs made from titles and names. */
package io.manchette.common.text;
