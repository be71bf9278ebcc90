package io.manchette.article.body;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bulleted or numbered list. */
@Schema(name = "List")
public record ListBlock(
        @Schema(description = "Numbered when true", examples = "false")
        boolean ordered,

        @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 2000) @PlainText String> items)
        implements Block {

    @Override
    public Stream<String> readableText() {
        return items.stream();
    }
}
