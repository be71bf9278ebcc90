package io.manchette.common.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.manchette.common.config.ManchetteConfig;
import io.manchette.common.error.Problem;
import io.manchette.common.error.ProblemTypes;
import io.manchette.common.error.RouteProblems;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than {@code manchette.max-body-size} (1 MB) with a 413 problem, or,
 * for a media upload, larger than {@code manchette.media.max-upload-size} and its form fields.
 * Quarkus enforces {@code quarkus.http.limits.max-body-size} (the largest of the two) one route
 * later with an empty 413; answering first keeps the one error format. Bodies sent without a length
 * still meet Quarkus's own check while they are read.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Quarkus's own check runs at order -2. */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    /** What a media upload's form may add to the file: the metadata fields and the multipart framing. */
    private static final long FORM_ALLOWANCE = 64 * 1024;

    void install(
            @Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ManchetteConfig config,
            ObjectMapper json) {
        long jsonMax = Math.min(limit.asLongValue(), config.maxBodySize().asLongValue());
        long uploadMax =
                Math.min(limit.asLongValue(), config.media().maxUploadSize().asLongValue() + FORM_ALLOWANCE);
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(context -> {
            long max = context.request().path().startsWith("/api/admin/media") ? uploadMax : jsonMax;
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, max)) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                RouteProblems.send(
                        context,
                        json,
                        Problem.of(
                                413,
                                ProblemTypes.PAYLOAD_TOO_LARGE,
                                "Payload too large",
                                "The request body is over the limit of " + max + " bytes",
                                context.request().path()));
            } else {
                context.next();
            }
        });
    }

    private static boolean isOver(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // a malformed length is Vert.x's to refuse
        }
    }
}
