package io.manchette.common.error;

/** The addressed resource does not exist, or is not visible to the caller (a draft on the public API). */
public class NotFound extends ProblemException {

    public NotFound(String what, Object key) {
        super(404, ProblemTypes.NOT_FOUND, "Not found", what + " '" + key + "' does not exist");
    }
}
