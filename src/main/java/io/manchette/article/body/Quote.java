package io.manchette.article.body;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quotation set apart from the text, with whom it is from. */
@Schema(name = "Quote")
public record Quote(
        @NotBlank @Size(max = 5000) @PlainText @Schema(examples = "Nous ne reculerons pas.")
        String text,

        @Size(max = 300) @PlainText @Schema(nullable = true, examples = "La ministre des Affaires étrangères")
        String attribution)
        implements Block {

    @Override
    public Stream<String> readableText() {
        return Stream.of(text);
    }
}
