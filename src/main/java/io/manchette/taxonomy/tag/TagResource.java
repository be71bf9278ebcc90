package io.manchette.taxonomy.tag;

import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Tags for delivery. */
@Path("/api/tags")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Taxonomy")
public class TagResource {

    private final TagRepository tags;

    TagResource(TagRepository tags) {
        this.tags = tags;
    }

    @GET
    @Operation(summary = "All tags, alphabetically by slug")
    public CursorPage<TagView> listTags(@RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(limit, cursor);
        return CursorPage.of(tags.listBySlug(page), page, t -> Cursor.of(t.getSlug(), t.getId()), TagView::from);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One tag")
    public TagView getTag(@RestPath String slug) {
        return TagView.from(tags.findBySlug(slug).orElseThrow(() -> new NotFound("Tag", slug)));
    }
}
