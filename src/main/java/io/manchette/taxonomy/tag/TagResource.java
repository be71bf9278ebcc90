package io.manchette.taxonomy.tag;

import io.manchette.common.error.NotFound;
import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.delivery.CacheKeys;
import io.manchette.delivery.Payload;
import io.manchette.delivery.PublicAnswers;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** Tags for delivery. */
@Path("/api") // with its articles list (TaxonomyArticlesResource) in one JAX-RS match
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Taxonomy")
public class TagResource {

    private final TagRepository tags;
    private final PublicAnswers answers;

    TagResource(TagRepository tags, PublicAnswers answers) {
        this.tags = tags;
        this.answers = answers;
    }

    @GET
    @Path("tags")
    @Operation(summary = "All tags, alphabetically by slug")
    @APIResponseSchema(TagView.Page.class)
    public RestResponse<Payload> listTags(
            @RestQuery @DefaultValue(PageRequest.DEFAULT) String limit, @RestQuery String cursor, Request request) {
        var page = PageRequest.of(Cursor.Kind.TAGS, limit, cursor);
        return answers.json(
                request,
                CursorPage.of(tags.listBySlug(page), page, t -> Cursor.of(t.getSlug(), t.getId()), TagView::from),
                CacheKeys.of(CacheKeys.TAGS));
    }

    @GET
    @Path("tags/{slug}")
    @Operation(summary = "One tag")
    @APIResponseSchema(TagView.class)
    public RestResponse<Payload> getTag(@RestPath String slug, Request request) {
        var tag = tags.findBySlug(slug).orElseThrow(() -> new NotFound("Tag", slug));
        return answers.json(request, TagView.from(tag), CacheKeys.of().tag(tag.getId()));
    }
}
