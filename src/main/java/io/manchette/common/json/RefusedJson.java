package io.manchette.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON body refused by an input rule (a control character, invalid UTF-8, a number too long,
 * nesting too deep), with the field where the parser stood: {@code body[2].text}, empty for the
 * body as a whole. It is a 400 naming that field.
 */
public class RefusedJson extends JsonMappingException {

    private final String field;
    private final String rule;

    RefusedJson(JsonParser parser, String rule) {
        this(parser, rule, false);
    }

    /** With {@code ofObject}, the field is the object the parser is in (a member name was refused). */
    RefusedJson(JsonParser parser, String rule, boolean ofObject) {
        super(parser, rule);
        JsonStreamContext context = parser.getParsingContext();
        this.field = fieldOf(ofObject && context.inObject() ? context.getParent() : context);
        this.rule = rule;
    }

    /** The JSON path of the input ({@code body[2].text}); empty for the body as a whole. */
    public String field() {
        return field;
    }

    /** What the value breaks ("must not contain control characters"). */
    public String rule() {
        return rule;
    }

    private static String fieldOf(JsonStreamContext context) {
        var segments = new java.util.ArrayDeque<String>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
