/** The JSON rules of every body: limits, the text rule on every string, refusals that name their field. */
package io.manchette.common.json;
