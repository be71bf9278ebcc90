package io.manchette.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the component schema of a nullable property in place, scalars (an {@code Instant}: a
 * string in {@code date-time} format) and small objects (an article's {@code partner}) alike,
 * instead of the {@code anyOf: [reference, null]} the scanner makes for it (which
 * the 3.0 document shows as an {@code allOf} beside {@code nullable}). In OpenAPI 3.0 a
 * {@code nullable: true} beside an {@code allOf} does not let null through (3.0.3 says so), so
 * validators and generated clients would refuse the nulls the API does answer, such as an article's
 * {@code publishedAt} before publication.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        components.values().forEach(schema -> inline(schema, components));
    }

    private static void inline(Schema schema, Map<String, Schema> components) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> inline(property, components));
        }
        inline(schema.getItems(), components);
        if (schema.getAnyOf() == null || schema.getAnyOf().size() != 2) {
            return;
        }
        Schema reference = schema.getAnyOf().stream()
                .filter(member -> member.getRef() != null)
                .findFirst()
                .orElse(null);
        boolean orNull = schema.getAnyOf().stream()
                .anyMatch(member -> List.of(Schema.SchemaType.NULL).equals(member.getType()));
        Schema scalar =
                reference == null ? null : components.get(reference.getRef().substring(SCHEMAS.length()));
        if (!orNull || scalar == null || scalar.getType() == null) {
            return;
        }
        schema.setAnyOf(null);
        if (scalar.getProperties() != null) {
            schema.setProperties(scalar.getProperties());
            schema.setRequired(scalar.getRequired());
            if (schema.getDescription() == null) {
                schema.setDescription(scalar.getDescription());
            }
        }
        List<Schema.SchemaType> types = new ArrayList<>(scalar.getType());
        types.add(Schema.SchemaType.NULL);
        schema.setType(types);
        if (schema.getFormat() == null) {
            schema.setFormat(scalar.getFormat());
        }
        if (schema.getEnumeration() == null) {
            schema.setEnumeration(scalar.getEnumeration());
        }
        if (schema.getExamples() == null && schema.getExample() == null) {
            schema.setExamples(scalar.getExamples());
        }
    }
}
