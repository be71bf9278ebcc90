package io.manchette.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The committed {@code openapi.yaml}, read as a tree: its operations and the schemas they name. */
final class Spec {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private static Spec loaded;

    private final JsonNode root;

    private Spec(JsonNode root) {
        this.root = root;
    }

    static synchronized Spec load() {
        if (loaded == null) {
            try {
                loaded = new Spec(
                        new YAMLMapper().readTree(Path.of("openapi.yaml").toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    /** One parameter of an operation. */
    record Parameter(String name, String in, JsonNode schema, boolean required) {}

    /**
     * One operation; {@code body} is the schema of its request body, {@code bodyType} that body's
     * media type (the first declared: JSON, or merge-patch JSON), both null without a body.
     */
    record Operation(
            String method,
            String path,
            String id,
            List<Parameter> parameters,
            JsonNode body,
            String bodyType,
            boolean isPublic) {

        boolean writes() {
            return !method.equals("get");
        }

        @Override
        public String toString() {
            return id + " (" + method.toUpperCase() + " " + path + ")";
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null && !isStream(operation) && !isUpload(operation)) {
                    operations.add(operation(method, path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    /**
     * An answer that stays open (Server-Sent Events) cannot be judged by its status alone; the live
     * stream has tests of its own, hostile input included.
     */
    private static boolean isStream(JsonNode operation) {
        return operation.path("responses").path("200").path("content").has("text/event-stream");
    }

    /**
     * A multipart upload (a media file) is not a JSON body the fuzzer can build from its schema;
     * {@code MediaAdminResourceTest} sends it hostile files and fields.
     */
    private static boolean isUpload(JsonNode operation) {
        return operation.path("requestBody").path("content").has("multipart/form-data");
    }

    private Operation operation(String method, String path, JsonNode pathItem, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode p = resolve(parameter);
                parameters.add(new Parameter(
                        p.path("name").asText(),
                        p.path("in").asText(),
                        resolve(p.path("schema")),
                        p.path("required").asBoolean(false)));
            }
        }
        JsonNode body = null;
        String bodyType = null;
        JsonNode content = resolve(operation.path("requestBody")).path("content");
        if (content.isObject() && content.size() > 0) {
            var first = content.fields().next();
            bodyType = first.getKey();
            body = resolve(first.getValue().path("schema"));
        }
        JsonNode security = operation.path("security");
        boolean isPublic = security.isMissingNode() || security.isEmpty() || isEmptyRequirement(security);
        return new Operation(
                method,
                path,
                operation.path("operationId").asText(method + path),
                parameters,
                body,
                bodyType,
                isPublic);
    }

    /** {@code security: [{}]}: anonymous allowed. */
    private static boolean isEmptyRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The node a {@code $ref} points to (followed until a node without one), or the node itself. */
    JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = root.at(ref.substring(1));
            if (node.isMissingNode()) {
                throw new IllegalStateException("openapi.yaml names a missing " + ref);
            }
        }
        return node;
    }

    /**
     * A schema with its {@code allOf} members merged into one: their properties, required members,
     * type, format and enumeration (an {@code Instant} property is an {@code allOf} of it in 3.0).
     */
    JsonNode merged(JsonNode schema) {
        schema = resolve(schema);
        if (!schema.has("allOf")) {
            return schema;
        }
        ObjectNode merged = schema.deepCopy();
        merged.remove("allOf");
        ObjectNode properties = merged.with("properties");
        for (JsonNode member : schema.get("allOf")) {
            JsonNode m = merged(member);
            m.path("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
            m.path("required").forEach(r -> merged.withArray("required").add(r));
            for (String keyword : List.of("type", "format", "enum")) {
                if (m.has(keyword) && !merged.has(keyword)) {
                    merged.set(keyword, m.get(keyword));
                }
            }
        }
        return merged;
    }
}
