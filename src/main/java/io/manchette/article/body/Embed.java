package io.manchette.article.body;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Outside content (a video, a post) that front ends embed from its URL. */
@Schema(name = "Embed")
public record Embed(
        @NotBlank
        @Size(max = 2000)
        @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Schema(examples = "https://video.example.org/watch/42")
        String url)
        implements Block {

    @Override
    public Stream<String> readableText() {
        return Stream.empty();
    }
}
