package io.manchette.common.error;

/** Signed in, with a role, but not allowed this on this resource (another author's article). */
public class Forbidden extends ProblemException {

    public Forbidden(String detail) {
        super(403, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }
}
