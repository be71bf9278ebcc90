package io.manchette.common.error;

/** The request is well formed but clashes with the current state (slug taken, section cycle, in use). */
public class Conflict extends ProblemException {

    public Conflict(String detail) {
        super(409, ProblemTypes.CONFLICT, "Conflict", detail);
    }
}
