package io.manchette.common.error;

import java.util.List;
import java.util.Map;

/** Input that passes the JSON syntax but breaks a rule; names the offending fields like Bean Validation does. */
public class InvalidInput extends ProblemException {

    public InvalidInput(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidInput(List<Violation> violations) {
        super(
                400,
                ProblemTypes.VALIDATION,
                "Invalid input",
                "The request has " + violations.size() + " invalid field(s)",
                Map.of("violations", violations));
    }
}
