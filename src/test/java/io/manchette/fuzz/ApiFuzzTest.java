package io.manchette.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.manchette.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the committed {@code openapi.yaml}, sent what hostile and careless clients
 * send. First one request per edge value of each parameter and body field (dates PostgreSQL cannot
 * store, numbers past a long, forged cursors, search syntax), then seeded random requests: valid
 * ones, and ones with a single hostile part (a wrong type, a boundary, odd Unicode, a control
 * character, an injection-looking string, an unknown field, a body that is not JSON), anonymous and
 * as an administrator. Whatever is sent, the answer is never a 5xx, every 4xx is a problem, and a
 * refused write changes nothing. {@code -Dfuzz.seed} replays a run; {@code -Dfuzz.tries} sets the
 * number of random requests per operation.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final int TRIES = Integer.getInteger("fuzz.tries", 12);

    @Inject
    TestData data;

    @Inject
    DataSource database;

    String admin;

    /** {@code -Dfuzz.only=<regex>} fuzzes only the operations whose id matches. */
    static final String ONLY = System.getProperty("fuzz.only", ".*");

    static Stream<Spec.Operation> operations() {
        return Spec.load().operations().stream()
                .filter(operation -> operation.id().matches(ONLY));
    }

    @BeforeAll
    void signIn() {
        admin = data.user("admin");
    }

    /** One request to send: built lazily, so a failure names the request that caused it. */
    record Call(String label, boolean anonymous, Supplier<Request> request) {}

    record Request(String path, Map<String, String> query, Map<String, String> headers, byte[] body, String bodyType) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void neverAnswers5xxAndRefusesWithoutChangingAnything(Spec.Operation operation) {
        Spec spec = Spec.load();
        Fixtures fixtures = new Fixtures(data, database, admin, operation.path());
        Random random = new Random(SEED ^ operation.id().hashCode());
        Values values = new Values(spec, random, fixtures::hint);
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Call call : calls(operation, fixtures, values, random)) {
            Request request = call.request().get();
            String resource = operation.writes() ? resourceUrl(operation, fixtures) : null;
            Snapshot before = operation.writes() ? Snapshot.take(database, fixtures, resource) : null;
            Response answer = send(operation, request, call.anonymous(), fixtures);
            String what = operation + " " + call.label() + " " + describe(request) + " → " + answer.statusCode() + " "
                    + abbreviate(answer.asString());
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            if (Boolean.getBoolean("fuzz.debug") && call.label().startsWith("valid") && answer.statusCode() >= 400) {
                System.out.println("fuzz-debug " + what);
            }
            assertTrue(answer.statusCode() < 500, what);
            if (answer.statusCode() >= 400) {
                assertTrue(answer.contentType().startsWith("application/problem+json"), what);
                assertEquals(answer.statusCode(), answer.jsonPath().getInt("status"), what);
                if (operation.writes()) {
                    assertEquals(
                            before,
                            Snapshot.take(database, fixtures, resource),
                            "a refused write changed something: " + what);
                }
            }
        }
        // The spread of answers, in the build log, shows how far the requests got.
        System.out.println("fuzz " + operation + " " + statuses);
        assertTrue(
                statuses.keySet().stream().anyMatch(status -> status < 300),
                "no valid request succeeded, so the fuzzing never got past validation: " + operation + " " + statuses);
    }

    private List<Call> calls(Spec.Operation operation, Fixtures fixtures, Values values, Random random) {
        List<Call> calls = new ArrayList<>();
        for (Spec.Parameter parameter : operation.parameters()) {
            for (String edge : Values.aimedAt(parameter.schema(), parameter.name())) {
                if (parameter.in().equals("path") && namesAnotherRow(edge)) {
                    continue;
                }
                calls.add(new Call(
                        "edge " + parameter.name() + "=" + edge,
                        false,
                        () -> request(operation, fixtures, values, parameter.name(), edge, null)));
            }
        }
        if (operation.body() != null) {
            for (var field : fields(values, operation.body())) {
                for (String edge : Values.aimedAt(field.getValue(), field.getKey())) {
                    calls.add(new Call("edge body." + field.getKey() + "=" + edge, false, () -> {
                        JsonNode body = values.valid(operation.body(), null, 0);
                        if (body instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
                            object.set(field.getKey(), edgeValue(field.getValue(), edge));
                        }
                        return request(operation, fixtures, values, null, null, body);
                    }));
                }
            }
        }
        for (int i = 0; i < TRIES; i++) {
            boolean valid = i % 4 == 0;
            boolean anonymous = i % 3 == 2;
            calls.add(new Call(
                    (valid ? "valid" : "hostile") + " #" + i + (anonymous ? " anonymous" : ""),
                    anonymous,
                    () -> valid
                            ? request(operation, fixtures, values, null, null, null)
                            : hostile(operation, fixtures, values, random)));
        }
        return calls;
    }

    /**
     * Whether a path value could be the id of a real row (the test administrator is user 1): the
     * fuzzing writes only to the rows made for it, or it would take the rest of the suite's accounts
     * and content with it.
     */
    private static boolean namesAnotherRow(String value) {
        try {
            long id = Long.parseLong(value);
            return id >= 1 && id < Fixtures.MISSING_ID;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The top-level fields of a body schema, for its edges. */
    private static List<Map.Entry<String, JsonNode>> fields(Values values, JsonNode body) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        Spec.load()
                .merged(body)
                .path("properties")
                .fields()
                .forEachRemaining(
                        e -> fields.add(Map.entry(e.getKey(), Spec.load().merged(e.getValue()))));
        return fields;
    }

    private static JsonNode edgeValue(JsonNode schema, String edge) {
        String type = Values.type(schema);
        if (type.equals("integer") || type.equals("number")) {
            try {
                return Values.NODES.numberNode(new java.math.BigDecimal(edge.trim()));
            } catch (NumberFormatException e) {
                return Values.NODES.textNode(edge);
            }
        }
        return Values.NODES.textNode(edge);
    }

    /** A valid request, with the parameter {@code edgeName} set to {@code edge} and the body given (or valid). */
    private Request request(
            Spec.Operation operation, Fixtures fixtures, Values values, String edgeName, String edge, JsonNode body) {
        String path = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Spec.Parameter parameter : operation.parameters()) {
            String value;
            if (parameter.name().equals(edgeName)) {
                value = edge;
            } else if (parameter.in().equals("path")) {
                value = fixtures.pathValue(operation.path(), parameter.name());
            } else if (parameter.name().equals("If-Match")) {
                value = fixtures.etagOf(operation.path());
            } else if (parameter.required() || values.chance(40)) {
                JsonNode chosen = values.valid(parameter.schema(), parameter.name(), 0);
                if (chosen.isMissingNode()) {
                    continue;
                }
                value = text(chosen);
            } else {
                continue;
            }
            place(parameter, value, path, query, headers);
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", segment(value));
            }
        }
        byte[] bytes = null;
        if (operation.body() != null) {
            JsonNode json = body != null ? body : values.valid(operation.body(), null, 0);
            bytes = write(json, false);
        }
        return new Request(path, query, headers, bytes, operation.bodyType());
    }

    /** A valid request with one hostile part: a parameter, a header or the body. */
    private Request hostile(Spec.Operation operation, Fixtures fixtures, Values values, Random random) {
        Request valid = request(operation, fixtures, values, null, null, null);
        List<Spec.Parameter> parameters = operation.parameters();
        boolean inBody = operation.body() != null && (parameters.isEmpty() || random.nextBoolean());
        if (inBody) {
            if (values.chance(15)) {
                return new Request(valid.path(), valid.query(), valid.headers(), values.rawBody(), valid.bodyType());
            }
            JsonNode body = values.mutate(values.valid(operation.body(), null, 0));
            return new Request(
                    valid.path(), valid.query(), valid.headers(), write(body, values.chance(50)), valid.bodyType());
        }
        if (parameters.isEmpty()) {
            return valid;
        }
        Spec.Parameter parameter = values.pick(parameters);
        String value = values.chance(70)
                ? values.pick(Values.HOSTILE_STRINGS)
                : values.chance(50) ? String.valueOf(Fixtures.MISSING_ID) : values.pick(Values.NUMBER_EDGES);
        value = value.length() > Values.MAX_WIRE_TEXT ? value.substring(0, Values.MAX_WIRE_TEXT) : value;
        if (parameter.in().equals("path") && namesAnotherRow(value)) {
            value = String.valueOf(Fixtures.MISSING_ID);
        }
        Map<String, String> query = new LinkedHashMap<>(valid.query());
        Map<String, String> headers = new LinkedHashMap<>(valid.headers());
        String path = valid.path();
        if (parameter.in().equals("path")) {
            path = operation.path();
            for (Spec.Parameter p : parameters) {
                if (p.in().equals("path")) {
                    String v = p == parameter ? value : fixtures.pathValue(operation.path(), p.name());
                    path = path.replace("{" + p.name() + "}", segment(v));
                }
            }
        } else {
            place(parameter, value, path, query, headers);
        }
        return new Request(path, query, headers, valid.body(), valid.bodyType());
    }

    private static void place(
            Spec.Parameter parameter,
            String value,
            String path,
            Map<String, String> query,
            Map<String, String> headers) {
        switch (parameter.in()) {
            case "query" -> query.put(parameter.name(), value);
            case "header" -> headers.put(parameter.name(), headerSafe(value));
            default -> {}
        }
    }

    /** A header carries no line break or NUL (HTTP itself cannot): those become visible bytes. */
    private static String headerSafe(String value) {
        StringBuilder safe = new StringBuilder();
        value.codePoints().forEach(c -> safe.append(c < 0x20 || c == 0x7f || c > 0x7e ? "?" : Character.toString(c)));
        return safe.toString();
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return value.asText();
    }

    /** A path segment, percent-encoded except for the slashes a section path holds. */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%2F", "/");
    }

    private static byte[] write(JsonNode json, boolean ascii) {
        try {
            return (ascii ? Values.ASCII : Values.PLAIN).writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response send(Spec.Operation operation, Request request, boolean anonymous, Fixtures fixtures) {
        RequestSpecification given = RestAssured.given().urlEncodingEnabled(false);
        if (!anonymous) {
            given.auth().preemptive().basic(fixtures.admin, TestData.PASSWORD);
        }
        // Each call comes from an address of its own, so that flood guards answer on merit, not on the suite's pace.
        given.header(
                "X-Forwarded-For", "10.77." + (request.hashCode() & 0xff) + "." + ((request.hashCode() >> 8) & 0xff));
        request.headers().forEach(given::header);
        if (request.body() != null) {
            given.contentType(request.bodyType()).body(request.body());
        } else {
            // As the suite's clients send it; without one, REST Assured would label an empty POST a form.
            given.contentType("application/json");
        }
        StringBuilder url = new StringBuilder(request.path());
        String separator = "?";
        for (var parameter : request.query().entrySet()) {
            url.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return given.request(operation.method().toUpperCase(), url.toString());
    }

    /** The management resource a write acts on, read before and after a refusal. */
    private static String resourceUrl(Spec.Operation operation, Fixtures fixtures) {
        String path = operation.path();
        if (!path.startsWith("/api/admin/")) {
            return path.startsWith("/api/articles/{slug}") ? "/api/admin/articles/" + fixtures.published.getId() : null;
        }
        var resource = java.util.regex.Pattern.compile("^(/api/admin/[a-z-]+(?:/\\{id})?)")
                .matcher(path);
        if (!resource.find()) {
            return null;
        }
        if (path.startsWith("/api/admin/webhooks")) {
            // A subscription's failure count and pause move with the delivery worker, not with the request.
            return null;
        }
        String url = resource.group(1).replace("{id}", fixtures.pathValue(path, "id"));
        return url.equals("/api/admin/comments") || url.equals("/api/admin/tokens") ? null : url;
    }

    private static String describe(Request request) {
        String body =
                request.body() == null ? "" : " body " + abbreviate(new String(request.body(), StandardCharsets.UTF_8));
        return abbreviate(request.path()) + " query "
                + abbreviate(request.query().toString()) + " headers "
                + request.headers().keySet() + body;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + ")" : text;
    }
}
