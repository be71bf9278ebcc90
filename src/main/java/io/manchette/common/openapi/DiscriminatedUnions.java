package io.manchette.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives each member of a discriminated union (body blocks: {@code {"type": "paragraph", ...}}) its
 * discriminator property, required and limited to the member's one value. Jackson writes that
 * property from {@code @JsonTypeInfo}, which the annotation scanner does not see; without it the
 * members of the {@code oneOf} overlap, and validators and generated clients cannot tell a paragraph
 * from a quote.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DiscriminatedUnions implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        schemas.values().stream()
                .filter(union -> union.getDiscriminator() != null
                        && union.getDiscriminator().getMapping() != null)
                .toList()
                .forEach(union -> {
                    String property = union.getDiscriminator().getPropertyName();
                    union.getDiscriminator()
                            .getMapping()
                            .forEach(
                                    (value, ref) -> tag(schemas.get(ref.substring(SCHEMAS.length())), property, value));
                    union.setType(null);
                });
    }

    private static void tag(Schema member, String property, String value) {
        if (member == null) {
            throw new IllegalStateException("A discriminator mapping names a schema that does not exist: " + value);
        }
        member.addProperty(
                property,
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .enumeration(List.of(value))
                        .description("Always \"" + value + "\" for this kind of block"));
        List<String> required = new ArrayList<>();
        required.add(property);
        if (member.getRequired() != null) {
            member.getRequired().stream().filter(name -> !name.equals(property)).forEach(required::add);
        }
        member.setRequired(required);
    }
}
