package io.manchette.feed;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new front page: article slugs, first shown first. */
@Schema(name = "FrontPageInput")
public record FrontPageInput(
        @NotNull @Size(max = 100) @Schema(examples = "[\"coup-d-etat-manque-a-sorvania-le-president-reprend-la-main\"]")
        List<@NotBlank String> slugs) {}
