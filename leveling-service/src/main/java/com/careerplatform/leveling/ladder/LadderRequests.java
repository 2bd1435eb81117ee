package com.careerplatform.leveling.ladder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What hr-admin sends to add a company ladder or one mapping edge. */
public final class LadderRequests {

    private LadderRequests() {
    }

    public record EdgeRequest(
            @NotBlank @Size(max = 100) String label,
            @NotBlank @Size(max = 10) @Pattern(regexp = "L[0-9]{1,2}", message = "must be an internal level code such as L5")
            String level,
            @NotBlank @Size(max = 500) String source,
            @NotNull Confidence confidence,
            Basis basis) {

        /** SOURCE_STATED unless the edge says it is the platform's reading of its source. */
        public Basis basisOrStated() {
            return basis == null ? Basis.SOURCE_STATED : basis;
        }
    }

    public record CreateLadderRequest(
            @NotBlank @Size(max = 64)
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase words joined by hyphens, e.g. google")
            String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String note,
            @NotNull @Size(min = 1, max = LadderService.MAX_EDGES) List<@NotNull @Valid EdgeRequest> edges) {
    }
}
