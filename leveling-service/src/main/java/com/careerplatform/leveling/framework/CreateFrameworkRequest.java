package com.careerplatform.leveling.framework;

import com.careerplatform.leveling.framework.content.FrameworkContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What hr-admin sends to create a framework: its slug and the content of draft version 1. */
public record CreateFrameworkRequest(
        @NotBlank @Size(max = 64)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase words joined by hyphens, e.g. data-engineer")
        String slug,
        @NotNull @Valid FrameworkContent content) {
}
