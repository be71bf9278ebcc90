package io.manchette.common.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.manchette.common.text.InputText;
import io.manchette.common.time.Instants;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;

/**
 * The rules of every JSON body, in the one {@code ObjectMapper}: limits on nesting and on the
 * length of numbers and names (Jackson's stream constraints, far below its defaults and far above
 * any real article), and {@link InputText}'s rule on every string. What breaks one is a
 * {@link RefusedJson} naming the field where the parser stood, so a client learns which value to
 * fix, and nothing the database would refuse (a NUL) gets that far.
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    /** An article is five levels deep (article, body, block, list items, item). */
    public static final int MAX_NESTING_DEPTH = 32;

    /** A long has 19 digits, a double's exponent form about 25 characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    public static final int MAX_NAME_LENGTH = 200;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build());
        // 2.5 is not a position: a number with a fraction is refused where an integer is expected.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // Nor is 5 a name: numbers and booleans are not read as text.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        var module = new SimpleModule("manchette-json-input");
        module.addDeserializer(String.class, new CheckedString());
        module.addDeserializer(JsonNode.class, treesLocated());
        module.addDeserializer(Instant.class, new CheckedInstant());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return new Located(deserializer);
            }
        });
        mapper.registerModule(module);
    }

    /**
     * Registered last among the mapper's modules, so that its deserializers (strings, instants) win
     * over those of the JavaTimeModule that Quarkus registers.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Merge patches are read as trees: they meet the same limits, located the same way. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonDeserializer<JsonNode> treesLocated() {
        return (JsonDeserializer) new Located(JsonNodeDeserializer.getDeserializer(JsonNode.class));
    }

    /** Every string value, checked against {@link InputText#refusalOfText}. */
    static final class CheckedString extends StdScalarDeserializer<String> {

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String refusal = value == null ? null : InputText.refusalOfText(value);
            if (refusal != null) {
                throw new RefusedJson(parser, refusal);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Every instant, read as Jackson reads it, then held to the years a client may send ({@link Instants}). */
    static final class CheckedInstant extends StdScalarDeserializer<Instant> {

        CheckedInstant() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // ISO-8601 text only: epoch numbers, as numbers or as text, are not instants of this API.
            if (parser.currentToken() != JsonToken.VALUE_NULL
                    && (parser.currentToken() != JsonToken.VALUE_STRING
                            || !parser.getText().contains("T"))) {
                throw new RefusedJson(parser, "must be an ISO-8601 instant such as 2026-12-01T06:00:00Z");
            }
            Instant value = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (value != null && !Instants.inRange(value)) {
                throw new RefusedJson(parser, Instants.OUT_OF_RANGE);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /**
     * Turns the parser's own refusals (over a stream constraint, invalid UTF-8), which Jackson
     * raises without a path, into a {@link RefusedJson} at the parser's position. Every object
     * deserializer is wrapped, so the innermost one catches it while the parser still stands there.
     */
    static final class Located extends DelegatingDeserializer {

        Located(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Located(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return super.deserialize(parser, context);
            } catch (StreamConstraintsException | JsonParseException e) {
                throw located(parser, e);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) throws IOException {
            try {
                return super.deserialize(parser, context, into);
            } catch (StreamConstraintsException | JsonParseException e) {
                throw located(parser, e);
            }
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types)
                throws IOException {
            try {
                return super.deserializeWithType(parser, context, types);
            } catch (StreamConstraintsException | JsonParseException e) {
                throw located(parser, e);
            }
        }

        private static IOException located(JsonParser parser, IOException e) {
            String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                    ? json.getOriginalMessage()
                    : e.getMessage();
            String rule = rule(message == null ? "" : message);
            return rule == null ? e : new RefusedJson(parser, rule, message.startsWith("Name length"));
        }

        /** Jackson tells its refusals apart only by their messages; a syntax error is left as it is. */
        private static String rule(String message) {
            if (message.startsWith("Invalid UTF-8")) {
                return "is not valid UTF-8";
            }
            if (message.startsWith("Document nesting depth")) {
                return "is nested too deeply (at most " + MAX_NESTING_DEPTH + " levels)";
            }
            if (message.startsWith("Number value length")) {
                return "is a number of more than " + MAX_NUMBER_LENGTH + " characters";
            }
            if (message.startsWith("Name length")) {
                return "holds a member name of more than " + MAX_NAME_LENGTH + " characters";
            }
            if (message.contains("exceeds the maximum")) {
                return "is over the size limits of a JSON body";
            }
            return null;
        }
    }
}
