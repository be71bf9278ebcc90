package io.manchette.common.error;

import java.util.List;
import java.util.Map;

/** The request is well formed but clashes with the current state (slug taken, section cycle, in use). */
public class Conflict extends ProblemException {

    public Conflict(String detail) {
        super(409, ProblemTypes.CONFLICT, "Conflict", detail);
    }

    /** A clash that lies in fields of the resource: named as {@link InvalidInput} names them. */
    public Conflict(String detail, List<Violation> violations) {
        super(409, ProblemTypes.CONFLICT, "Conflict", detail, Map.of("violations", violations));
    }
}
