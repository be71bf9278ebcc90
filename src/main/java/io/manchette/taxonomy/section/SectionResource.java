package io.manchette.taxonomy.section;

import io.manchette.common.error.NotFound;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The section tree for the site's navigation and section pages. Rooted at {@code /api}, with the
 * section's articles list (TaxonomyArticlesResource), so that {@code sections/{path}/articles}
 * wins over {@code sections/{path: .+}} in one JAX-RS match.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Taxonomy")
public class SectionResource {

    private final SectionRepository sections;
    private final Breadcrumbs breadcrumbs;
    private final PublicAnswers answers;

    SectionResource(SectionRepository sections, Breadcrumbs breadcrumbs, PublicAnswers answers) {
        this.sections = sections;
        this.breadcrumbs = breadcrumbs;
        this.answers = answers;
    }

    @GET
    @Path("sections")
    @Operation(summary = "The section tree", description = "Top-level sections with their sub-sections, by position.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SectionNode.class)))
    public RestResponse<Payload> listSections(Request request) {
        return answers.json(request, SectionNode.tree(sections.listTree()), CacheKeys.of(CacheKeys.SECTIONS));
    }

    @GET
    @Path("sections/{path: .+}")
    @Operation(summary = "One section, with its breadcrumb and sub-sections")
    @APIResponseSchema(SectionView.class)
    public RestResponse<Payload> getSection(
            @RestPath @Parameter(description = "Slug chain", example = "monde/europe") String path, Request request) {
        Section section = sections.findByPath(path).orElseThrow(() -> new NotFound("Section", path));
        List<Section> lineage = breadcrumbs.lineage(section);
        List<Section> children = sections.listChildren(section);
        var keys = CacheKeys.of();
        lineage.forEach(s -> keys.section(s.getId()));
        children.forEach(s -> keys.section(s.getId()));
        return answers.json(request, SectionView.from(section, breadcrumbs.of(lineage), children), keys);
    }
}
