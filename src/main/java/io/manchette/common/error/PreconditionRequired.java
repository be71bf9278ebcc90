package io.manchette.common.error;

/** A write without {@code If-Match}: refused so that no edit is ever lost silently (RFC 6585, 428). */
public class PreconditionRequired extends ProblemException {

    public PreconditionRequired() {
        super(
                428,
                ProblemTypes.PRECONDITION_REQUIRED,
                "Precondition required",
                "Send If-Match with the ETag from your last GET of this resource");
    }
}
