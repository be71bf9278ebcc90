package io.manchette.audit;

import static io.manchette.common.request.QueryParams.optional;

import io.manchette.common.paging.Cursor;
import io.manchette.common.paging.CursorPage;
import io.manchette.common.paging.PageRequest;
import io.manchette.common.time.Instants;
import io.manchette.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The audit log, for administrators. */
@Path("/api/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Audit")
public class AuditResource {

    private final AuditRepository entries;

    AuditResource(AuditRepository entries) {
        this.entries = entries;
    }

    @GET
    @Operation(summary = "Management changes, newest first")
    public CursorPage<AuditEntryView> listAuditEntries(
            @RestQuery @Parameter(description = "User name, or token:<name>") String actor,
            @RestQuery @Parameter(description = "e.g. article.publish") String action,
            @RestQuery @Parameter(description = "article, section, tag, author, user, comment, front-page, token")
                    String targetType,
            @RestQuery String targetId,
            @RestQuery @Parameter(description = "From this date or instant") String from,
            @RestQuery @Parameter(description = "Before the end of this date, or before this instant") String to,
            @RestQuery String limit,
            @RestQuery String cursor) {
        var page = PageRequest.of(Cursor.Kind.AUDIT, limit, cursor);
        return CursorPage.of(
                entries.listNewestFirst(
                        optional(actor),
                        optional(action),
                        optional(targetType),
                        optional(targetId),
                        Instants.parse("from", from, false),
                        Instants.parse("to", to, true),
                        page),
                page,
                e -> Cursor.of(e.getAt(), e.getId()),
                AuditEntryView::from);
    }
}
