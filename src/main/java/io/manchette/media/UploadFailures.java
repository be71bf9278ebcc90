package io.manchette.media;

import io.manchette.common.error.Problem;
import io.manchette.common.error.ProblemTypes;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Arrays;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body sent as {@code multipart/form-data} that is no such form (no boundary, cut short) fails in
 * the REST layer's form parser with a bare {@link IOException}, before any resource runs: that is
 * the client's error, a 400 problem. Any other {@code IOException} stays a logged 500.
 */
public class UploadFailures {

    private static final Logger LOG = Logger.getLogger(UploadFailures.class);

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableForm(IOException e, UriInfo uri) {
        String instance = uri.getPath();
        if (Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getClassName().contains(".multipart."))) {
            return RestResponse.ResponseBuilder.<Problem>create(400)
                    .entity(Problem.of(
                            400,
                            ProblemTypes.MALFORMED,
                            "Malformed request",
                            "The body is not a readable multipart/form-data form",
                            instance))
                    .type(Problem.MEDIA_TYPE)
                    .build();
        }
        LOG.errorf(e, "Unexpected failure on %s", instance);
        return RestResponse.ResponseBuilder.<Problem>create(500)
                .entity(Problem.of(
                        500, ProblemTypes.INTERNAL, "Internal error", "Something went wrong on our side", instance))
                .type(Problem.MEDIA_TYPE)
                .build();
    }
}
