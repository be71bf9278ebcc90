package io.manchette.article.body;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sub-heading inside the body; level 1 is the article title, so levels run from 2 to 4. */
@Schema(name = "Heading")
public record Heading(
        @NotBlank @Size(max = 300) @PlainText @Schema(examples = "« Nous ne céderons pas »")
        String text,

        @NotNull @Min(2) @Max(4) @Schema(examples = "2") Integer level)
        implements Block {

    @Override
    public Stream<String> readableText() {
        return Stream.of(text);
    }
}
