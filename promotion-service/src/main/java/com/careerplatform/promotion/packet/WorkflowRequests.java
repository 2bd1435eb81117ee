package com.careerplatform.promotion.packet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the committee sends to review and decide. */
public final class WorkflowRequests {

    private WorkflowRequests() {
    }

    public record ReviewRequest(@NotNull Recommendation recommendation, @Size(max = 10000) String comments) {
    }

    /** The outcome, PROMOTED or NOT_YET, with the written feedback the employee receives. */
    public record DecisionRequest(@NotNull Outcome outcome, @NotBlank @Size(max = 10000) String feedback) {
    }

    public enum Outcome {
        PROMOTED,
        NOT_YET
    }
}
