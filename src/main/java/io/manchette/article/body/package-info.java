/**
 * The article body: an ordered list of typed blocks (paragraph, heading, quote, list, image,
 * embed, related), its small inline markup, the word count and the one JSON form it is stored in.
 */
package io.manchette.article.body;
