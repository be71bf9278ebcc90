package io.manchette.common.openapi;

import io.manchette.common.paging.PageRequest;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares every {@code limit} query parameter as the integer it is (1 to {@link
 * PageRequest#MAX_LIMIT}, or the "1 to N" its description says). The resources take it as text so
 * that a bad value gets a problem naming it rather than the framework's bare 404.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PageParameters implements OASFilter {

    private static final Pattern RANGE = Pattern.compile("1 to (\\d+)");

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || !"limit".equals(parameter.getName())) {
            return parameter;
        }
        Schema schema = parameter.getSchema();
        Matcher range = RANGE.matcher(parameter.getDescription() == null ? "" : parameter.getDescription());
        int max = range.find() ? Integer.parseInt(range.group(1)) : PageRequest.MAX_LIMIT;
        schema.setType(java.util.List.of(Schema.SchemaType.INTEGER));
        schema.setFormat("int32");
        schema.setMinimum(BigDecimal.ONE);
        schema.setMaximum(BigDecimal.valueOf(max));
        if (schema.getDefaultValue() instanceof String text) {
            schema.setDefaultValue(Integer.valueOf(text));
        }
        // ?limit= (empty) is the default, as absent.
        parameter.setAllowEmptyValue(true);
        if (parameter.getDescription() == null) {
            parameter.setDescription("1 to " + max + "; " + PageRequest.DEFAULT_LIMIT + " when absent");
        }
        return parameter;
    }
}
