package io.manchette.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title to complete a search box with. */
@Schema(name = "Suggestion")
public record Suggestion(String slug, String title) {}
