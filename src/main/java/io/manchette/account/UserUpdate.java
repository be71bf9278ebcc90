package io.manchette.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change to a person: new roles, and a new password when given. */
@Schema(name = "UserUpdate")
public record UserUpdate(
        @Size(min = 10, max = 128) @Schema(description = "Unchanged when absent", examples = "une-autre-phrase-longue")
        String password,

        @NotEmpty @Schema(examples = "[\"editor\", \"admin\"]")
        List<@NotBlank String> roles) {}
