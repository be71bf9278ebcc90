package io.manchette.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives each JSON Merge Patch body (RFC 7396) a schema of its own, {@code ArticleInputPatch} beside
 * {@code ArticleInput}: the same members, none required, each one nullable (null removes it). The
 * resources name the full input, which is what the patch is merged into and validated as.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class MergePatches implements OASFilter {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Map<String, Schema> patches = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .filter(operation -> operation.getRequestBody() != null
                        && operation.getRequestBody().getContent() != null)
                .map(operation -> operation.getRequestBody().getContent().getMediaType(MERGE_PATCH))
                .filter(media -> media != null
                        && media.getSchema() != null
                        && media.getSchema().getRef() != null)
                .forEach(media -> patch(media, components, patches));
        patches.forEach(openAPI.getComponents()::addSchema);
    }

    private static void patch(MediaType media, Map<String, Schema> components, Map<String, Schema> patches) {
        String name = media.getSchema().getRef().substring(SCHEMAS.length());
        Schema input = components.get(name);
        String patchName = name + "Patch";
        patches.computeIfAbsent(patchName, ignored -> patchOf(name, input, components));
        media.setSchema(OASFactory.createSchema().ref(SCHEMAS + patchName));
    }

    private static Schema patchOf(String name, Schema input, Map<String, Schema> components) {
        Schema patch = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("A JSON Merge Patch of " + name
                        + ": the members given replace the current ones, null removes one; the result must be a"
                        + " valid " + name);
        input.getProperties().forEach((property, schema) -> patch.addProperty(property, nullable(schema, components)));
        return patch;
    }

    /** The member's schema, accepting null too. */
    private static Schema nullable(Schema schema, Map<String, Schema> components) {
        if (schema.getRef() != null) {
            // OpenAPI 3.0 has no nullable reference: the referenced schema is copied in place.
            return nullable(components.get(schema.getRef().substring(SCHEMAS.length())), components);
        }
        Schema copy = OASFactory.createSchema();
        copy.setType(new java.util.ArrayList<>(schema.getType()));
        copy.addType(Schema.SchemaType.NULL);
        copy.setFormat(schema.getFormat());
        copy.setDescription(schema.getDescription());
        copy.setItems(schema.getItems());
        copy.setEnumeration(schema.getEnumeration());
        copy.setMaxLength(schema.getMaxLength());
        copy.setMinLength(schema.getMinLength());
        copy.setPattern(schema.getPattern());
        copy.setMaxItems(schema.getMaxItems());
        copy.setMinItems(schema.getMinItems());
        copy.setMaximum(schema.getMaximum());
        copy.setMinimum(schema.getMinimum());
        copy.setProperties(schema.getProperties());
        copy.setRequired(schema.getRequired());
        copy.setAllOf(schema.getAllOf());
        return copy;
    }
}
