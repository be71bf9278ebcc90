package io.manchette.taxonomy.section;

import io.manchette.common.error.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The section tree for the site's navigation and section pages. */
@Path("/api/sections")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Taxonomy")
public class SectionResource {

    private final SectionRepository sections;
    private final Breadcrumbs breadcrumbs;

    SectionResource(SectionRepository sections, Breadcrumbs breadcrumbs) {
        this.sections = sections;
        this.breadcrumbs = breadcrumbs;
    }

    @GET
    @Operation(summary = "The section tree", description = "Top-level sections with their sub-sections, by position.")
    public List<SectionNode> listSections() {
        return SectionNode.tree(sections.listTree());
    }

    @GET
    @Path("{path: .+}")
    @Operation(summary = "One section, with its breadcrumb and sub-sections")
    public SectionView getSection(
            @RestPath @Parameter(description = "Slug chain", example = "monde/europe") String path) {
        Section section = sections.findByPath(path).orElseThrow(() -> new NotFound("Section", path));
        return SectionView.from(section, breadcrumbs.to(section), sections.listChildren(section));
    }
}
