package io.manchette.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Values for the fuzz suite: valid ones drawn from the schemas of {@code openapi.yaml} (enums,
 * examples, formats, discriminated unions), hostile ones, and the edges each kind of field is known
 * to break at (dates outside what PostgreSQL stores, numbers past a long, forged cursors).
 */
final class Values {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** JSON as a client would send it; deep nesting is allowed so that the server's limit is what refuses it. */
    static final ObjectMapper PLAIN = JsonMapper.builder().build();

    /** The same, with every non-ASCII character escaped, so unpaired surrogates reach the server as {@code \\uD800}. */
    static final ObjectMapper ASCII =
            JsonMapper.builder().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII).build();

    static {
        for (ObjectMapper mapper : List.of(PLAIN, ASCII)) {
            mapper.getFactory()
                    .setStreamWriteConstraints(StreamWriteConstraints.builder()
                            .maxNestingDepth(10_000)
                            .build());
        }
    }

    /**
     * Text in a path, a query or a header stays under Netty's request-line (64 KiB) and header
     * (20 KiB) limits, which it enforces with a bare status before any of Manchette's code runs.
     */
    static final int MAX_WIRE_TEXT = 4000;

    static final List<String> HOSTILE_STRINGS = List.of(
            "",
            " ",
            "\u0000",
            "a\u0000b",
            "\u001b[31mrouge",
            "\u007f",
            "\ud800",
            "\udfff\ud800",
            "\u202etxet",
            "\u200b",
            "\ufeff",
            "e\u0301",
            "🦄".repeat(300),
            "é".repeat(MAX_WIRE_TEXT),
            "x".repeat(70_000),
            "'; drop table articles; --",
            "\" or \"1\"=\"1",
            "<script>alert(1)</script>",
            "../../../../etc/passwd",
            "%00%2e%2e%2f",
            "${jndi:ldap://example.invalid/a}",
            "{{7*7}}",
            "null",
            "-1",
            "9".repeat(40),
            "1e999",
            "NaN",
            "\\",
            "\"",
            "&|!():*<->",
            "Monde/Europe",
            "DRAFT,PUBLISHED");

    static final List<String> DATE_EDGES = List.of(
            "0001-01-01",
            "9999-12-31",
            "0000-12-31",
            "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59.999999999Z",
            "+10000-01-01T00:00:00Z",
            "-0001-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999Z",
            "1970-01-01T00:00:00Z",
            "2026-02-30",
            "2026-13-01",
            "2026-01-10T25:00:00Z",
            "2026-01-10T13:23:00+14:00",
            "2026-01-10T13:23:00",
            "2026-01-10 13:23:00Z",
            "1767225600");

    static final List<String> NUMBER_EDGES = List.of(
            "0",
            "-1",
            "1",
            "100",
            "101",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999999999",
            "1.5",
            "1e3",
            "NaN",
            "Infinity",
            "0x10",
            " 1",
            "+1");

    static final List<String> CURSOR_EDGES = List.of(
            "",
            "!!!",
            "====",
            base64("published|+999999999-01-01T00:00:00Z|1"),
            base64("published|-999999999-01-01T00:00:00Z|1"),
            base64("search|NaN,2026-01-01T00:00:00Z|1"),
            base64("search|1e40,2026-01-01T00:00:00Z|1"),
            base64("published|2026-01-01T00:00:00Z|-1"),
            base64("published|2026-01-01T00:00:00Z|99999999999999999999"),
            base64("ids||1"),
            base64("tags|a\u0000b|1"),
            base64("authors||1"),
            base64("threads|x|1"),
            base64("||"),
            Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xc3, 0x28, '|', '|', '1'}),
            "a".repeat(MAX_WIRE_TEXT));

    static final List<String> SEARCH_EDGES = List.of(
            "",
            "\"",
            "\"\"",
            "-",
            "- - -",
            "OR",
            "europe OR",
            "-a -b -c -d -e -f -g -h -i -j -k -l -m -n -o -p -q -r",
            "a <-> b",
            "a:* & !b",
            "\\",
            "'",
            "é".repeat(1000),
            "le la les de du des",
            "\"élection présidentielle\" -sondage");

    static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private final Spec spec;
    private final Random random;
    private final Function<String, JsonNode> hints;

    /** {@code hints} gives, by field or parameter name, a real value (a section's path, an article's id) or null. */
    Values(Spec spec, Random random, Function<String, JsonNode> hints) {
        this.spec = spec;
        this.random = random;
        this.hints = hints;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** The edges aimed at a parameter or field, by what it is: a date, a number, a cursor, a search. */
    static List<String> aimedAt(JsonNode schema, String name) {
        String format = schema.path("format").asText();
        String type = schema.path("type").asText();
        String lower = name.toLowerCase();
        if (lower.equals("cursor")) {
            return CURSOR_EDGES;
        }
        if (lower.equals("q")) {
            return SEARCH_EDGES;
        }
        if (format.equals("date-time")
                || format.equals("date")
                || lower.equals("from")
                || lower.equals("to")
                || lower.endsWith("at")) {
            return DATE_EDGES;
        }
        if (type.equals("integer")
                || type.equals("number")
                || lower.equals("limit")
                || lower.endsWith("id")
                || lower.equals("number")
                || lower.equals("position")) {
            return NUMBER_EDGES;
        }
        return List.of();
    }

    /** A valid value for {@code schema}, named {@code name} where it sits. */
    JsonNode valid(JsonNode schema, String name, int depth) {
        JsonNode hint = name == null ? null : hints.apply(name);
        if (hint != null) {
            return hint;
        }
        schema = spec.merged(schema);
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return member(schema, depth);
        }
        if (schema.has("enum")) {
            return pick(list(schema.get("enum")));
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && examples.size() > 0 && chance(70)) {
            return pick(list(examples));
        }
        if (schema.has("example") && chance(70)) {
            return schema.get("example");
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = depth > 4 ? 0 : 1 + random.nextInt(3);
                for (int i = 0; i < size; i++) {
                    array.add(valid(schema.path("items"), singular(name), depth + 1));
                }
                yield array;
            }
            case "integer" ->
                NODES.numberNode(schema.path("minimum").asLong(0) + random.nextInt(Math.max(1, boundedSpan(schema))));
            case "number" -> NODES.numberNode(random.nextDouble() * 100);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(text(schema));
        };
    }

    private static int boundedSpan(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 20);
        return (int) Math.min(20, max - min + 1);
    }

    private JsonNode member(JsonNode schema, int depth) {
        JsonNode mapping = schema.path("discriminator").path("mapping");
        if (mapping.isObject() && mapping.size() > 0) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            mapping.fields().forEachRemaining(entries::add);
            // A related block must name an existing article: no schema can say which.
            entries.removeIf(e -> e.getKey().equals("related"));
            var chosen = pick(entries);
            JsonNode value =
                    valid(NODES.objectNode().put("$ref", chosen.getValue().asText()), null, depth);
            if (value instanceof ObjectNode object) {
                object.put(schema.path("discriminator").path("propertyName").asText("type"), chosen.getKey());
            }
            return value;
        }
        JsonNode members = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
        return valid(pick(list(members)), null, depth);
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            var property = it.next();
            JsonNode propertySchema = spec.resolve(property.getValue());
            if (propertySchema.path("readOnly").asBoolean(false)) {
                continue;
            }
            if (required.contains(property.getKey()) || chance(60)) {
                JsonNode value = valid(propertySchema, property.getKey(), depth + 1);
                if (!value.isMissingNode()) {
                    object.set(property.getKey(), value);
                }
            }
        }
        return object;
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText();
        return switch (format) {
            case "date-time" -> "2027-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T08:30:00Z";
            case "date" -> "2026-11-" + (10 + random.nextInt(19));
            case "uri", "url" -> "https://example.org/photos/" + random.nextInt(1000) + ".jpg";
            case "email" -> "lectrice" + random.nextInt(1000) + "@example.org";
            default -> {
                String word = pick(List.of("Élection", "Bruxelles", "marché", "Météo", "réforme", "l’été", "Cœur"));
                int max = schema.path("maxLength").asInt(200);
                String text = word + " " + random.nextInt(100_000);
                yield text.length() > max ? text.substring(0, Math.max(1, max)) : text;
            }
        };
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "tags" -> "tag";
            case "authors" -> "author";
            case "slugs" -> "slug";
            case "ids", "articles", "articleIds" -> "articleId";
            default -> name + "[]";
        };
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /** A value of the wrong kind, or a hostile one of the right kind. */
    JsonNode hostile() {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(pick(List.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE)));
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.arrayNode().add(NODES.textNode("x"));
            case 5 -> NODES.objectNode().put("$ne", 1);
            case 6 -> NODES.textNode(pick(DATE_EDGES));
            default -> NODES.textNode(pick(HOSTILE_STRINGS));
        };
    }

    /** {@code valid} with one part made hostile: a field removed, replaced or added somewhere inside. */
    JsonNode mutate(JsonNode valid) {
        JsonNode copy = valid.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        collect(copy, containers);
        if (containers.isEmpty() || chance(10)) {
            return hostile();
        }
        JsonNode target = pick(containers);
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int move = random.nextInt(4);
            if (names.isEmpty() || move == 0) {
                object.set(
                        pick(List.of("unknown", "__proto__", "id", "version", "status", "é".repeat(300))), hostile());
            } else if (move == 1) {
                object.remove(pick(names));
            } else {
                object.set(pick(names), hostile());
            }
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || chance(50)) {
                array.add(hostile());
            } else {
                array.set(random.nextInt(array.size()), hostile());
            }
        }
        return copy;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    /** A body that is not the JSON asked for at all. */
    byte[] rawBody() {
        return switch (random.nextInt(7)) {
            case 0 -> new byte[0];
            case 1 -> "{".getBytes(StandardCharsets.UTF_8);
            case 2 -> "[".repeat(5000).getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
            case 4 -> "<xml/>".getBytes(StandardCharsets.UTF_8);
            case 5 -> ("{\"a\":" + "1".repeat(200) + "}").getBytes(StandardCharsets.UTF_8);
            default -> "null".getBytes(StandardCharsets.UTF_8);
        };
    }
}
