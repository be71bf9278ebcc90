package io.manchette.article.body;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A paragraph of running text. */
@Schema(name = "Paragraph")
public record Paragraph(
        @NotBlank @Size(max = 20000) @PlainText @Schema(examples = "Les négociations ont repris lundi à Bruxelles.")
        String text)
        implements Block {

    @Override
    public Stream<String> readableText() {
        return Stream.of(text);
    }
}
