package io.manchette.article;

import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** What goes live (or off) next. */
@Path("/api/admin/schedule")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR, Roles.DRAFTS_READER})
@Tag(name = "Article management")
public class ScheduleResource {

    private final ArticleRepository articles;

    ScheduleResource(ArticleRepository articles) {
        this.articles = articles;
    }

    @GET
    @Operation(summary = "What the scheduler will do next, soonest first")
    public CursorPage<ScheduleEntry> listSchedule(@RestQuery String limit, @RestQuery String cursor) {
        var page = PageRequest.of(Cursor.Kind.SCHEDULE, limit, cursor);
        return CursorPage.of(
                articles.listScheduleSoonestFirst(page),
                page,
                a -> Cursor.of(ScheduleEntry.from(a).dueAt(), a.getId()),
                ScheduleEntry::from);
    }
}
