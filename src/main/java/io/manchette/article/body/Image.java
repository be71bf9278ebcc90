package io.manchette.article.body;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A picture with its text alternative, caption and credit. */
@Schema(name = "Image")
public record Image(
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Schema(examples = "https://images.example.org/astana-aeroport.jpg")
        String src,

        @NotBlank @Size(max = 500) @PlainText @Schema(examples = "Des soldats devant le terminal")
        String alt,

        @Size(max = 1000) @PlainText @Schema(nullable = true)
        String caption,

        @Size(max = 300) @PlainText @Schema(nullable = true, examples = "Photo : Agence Exemple")
        String credit)
        implements Block {

    @Override
    public Stream<String> readableText() {
        return Stream.empty();
    }
}
