package io.manchette.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says that every member of an answer is always there: the API writes each property of the records
 * it answers with, null included (nullable ones say so), so a generated client gets {@code title:
 * string}, not {@code title?: string}. Only schemas that appear in answers alone are concerned (an
 * input keeps the required list of its validation rules), and only those that declare none of their
 * own (a problem leaves out what does not apply).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AnswerShapes implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        var operations = openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .toList();
        Set<String> inAnswers = reachable(operations.stream().flatMap(AnswerShapes::answerSchemas), components);
        Set<String> inRequests = reachable(operations.stream().flatMap(AnswerShapes::requestSchemas), components);
        inAnswers.stream()
                .filter(name -> !inRequests.contains(name))
                .map(components::get)
                .filter(schema -> schema.getProperties() != null && schema.getRequired() == null)
                .forEach(schema -> schema.setRequired(
                        new ArrayList<>(schema.getProperties().keySet())));
    }

    private static Stream<Schema> answerSchemas(Operation operation) {
        return operation.getResponses().getAPIResponses().values().stream()
                .flatMap(response -> schemasOf(response.getContent()));
    }

    private static Stream<Schema> requestSchemas(Operation operation) {
        Stream<Schema> body = operation.getRequestBody() == null
                ? Stream.empty()
                : schemasOf(operation.getRequestBody().getContent());
        Stream<Schema> parameters = operation.getParameters() == null
                ? Stream.empty()
                : operation.getParameters().stream()
                        .map(parameter -> parameter.getSchema())
                        .filter(schema -> schema != null);
        return Stream.concat(body, parameters);
    }

    private static Stream<Schema> schemasOf(Content content) {
        return content == null || content.getMediaTypes() == null
                ? Stream.empty()
                : content.getMediaTypes().values().stream()
                        .map(media -> media.getSchema())
                        .filter(schema -> schema != null);
    }

    /** The names of the component schemas these schemas lead to. */
    private static Set<String> reachable(Stream<Schema> roots, Map<String, Schema> components) {
        Set<String> names = new HashSet<>();
        Deque<Schema> toVisit = new ArrayDeque<>(roots.toList());
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(SCHEMAS.length());
                if (names.add(name) && components.get(name) != null) {
                    toVisit.push(components.get(name));
                }
                continue;
            }
            Stream.of(
                            schema.getProperties() == null
                                    ? Stream.<Schema>empty()
                                    : schema.getProperties().values().stream(),
                            Stream.ofNullable(schema.getItems()),
                            schema.getAllOf() == null ? Stream.<Schema>empty() : schema.getAllOf().stream(),
                            schema.getOneOf() == null ? Stream.<Schema>empty() : schema.getOneOf().stream(),
                            schema.getAnyOf() == null ? Stream.<Schema>empty() : schema.getAnyOf().stream(),
                            schema.getAdditionalPropertiesSchema() == null
                                    ? Stream.<Schema>empty()
                                    : Stream.of(schema.getAdditionalPropertiesSchema()))
                    .flatMap(stream -> stream)
                    .forEach(toVisit::push);
        }
        return names;
    }
}
