package com.careerplatform.leveling.decision;

import com.careerplatform.kit.problem.ReportedOn;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** What hiring committees send. */
public final class DecisionRequests {

    private static final String LEVEL = "L[0-9]{1,2}";
    private static final String LEVEL_MESSAGE = "must be a level code such as L5";

    private DecisionRequests() {
    }

    /** A new decision, or with {@code supersedes} the correction of a final one. */
    public record CreateDecisionRequest(
            @NotBlank @Size(max = 100) String candidateId,
            @NotBlank @Size(max = 100)
            @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a framework slug such as ai-engineer")
            String frameworkSlug,
            @Min(1) @Max(100_000) Integer frameworkVersion,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid RoundSignal> signals,
            @NotBlank @Size(max = 10) @Pattern(regexp = LEVEL, message = LEVEL_MESSAGE) String proposedLevel,
            @NotBlank @Size(max = 10000) String rationale,
            @NotBlank @Size(max = 200) String chair,
            UUID supersedes) {
    }

    /** A committee member's vote: a level, or a recusal (then no level). */
    public record VoteRequest(
            @Size(max = 10) @Pattern(regexp = LEVEL, message = LEVEL_MESSAGE) String level,
            boolean recused,
            @Size(max = 4000) String dissent) {

        @JsonIgnore
        @AssertTrue(message = "give a level, or recuse without one")
        @ReportedOn("level")
        public boolean isLevelOrRecusal() {
            return recused == (level == null);
        }
    }

    public record FinalizeRequest(
            @NotBlank @Size(max = 10) @Pattern(regexp = LEVEL, message = LEVEL_MESSAGE) String finalLevel) {
    }
}
