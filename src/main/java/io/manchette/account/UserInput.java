package io.manchette.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new person: user name, password and roles. */
@Schema(name = "UserInput")
public record UserInput(
        @NotBlank
        @Pattern(
                regexp = "^[a-z0-9._-]{2,64}$",
                message = "must be 2 to 64 lower-case letters, digits, dots, hyphens or underscores")
        @Schema(examples = "claire")
        String username,

        @NotBlank @Size(min = 10, max = 128) @Schema(examples = "une-phrase-de-passe-longue")
        String password,

        @NotEmpty @Schema(description = "admin, editor, moderator or author", examples = "[\"editor\"]")
        List<@NotBlank String> roles) {}
