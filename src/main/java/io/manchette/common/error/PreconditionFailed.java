package io.manchette.common.error;

import java.util.Map;

/** The client's {@code If-Match} names a version that is no longer current: its edit would overwrite another. */
public class PreconditionFailed extends ProblemException {

    public PreconditionFailed(long currentVersion) {
        super(
                412,
                ProblemTypes.PRECONDITION_FAILED,
                "Precondition failed",
                "The resource was changed since you read it; current version is " + currentVersion,
                Map.of("currentVersion", currentVersion));
    }
}
