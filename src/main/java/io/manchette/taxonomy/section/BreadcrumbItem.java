package io.manchette.taxonomy.section;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a breadcrumb ({@code Accueil > Monde > Europe}); the home has the empty path. */
@Schema(name = "BreadcrumbItem")
public record BreadcrumbItem(
        @Schema(examples = "Monde") String name,
        @Schema(examples = "monde") String path) {}
