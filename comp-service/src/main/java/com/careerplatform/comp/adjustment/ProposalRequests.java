package com.careerplatform.comp.adjustment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the promotion flow and comp-admin send. */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    /** A promotion to {@code newLevel} from {@code effectiveFrom}; {@code sourceEventId} makes retries safe. */
    public record ProposeRequest(
            @NotBlank @Size(max = 64)
            @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be an employee id such as E1001") String employeeId,
            @NotBlank @Size(max = 10) @Pattern(regexp = "L[0-9]{1,2}", message = "must be a level code such as L5") String newLevel,
            @NotNull LocalDate effectiveFrom,
            @Size(max = 200) String sourceEventId) {
    }

    public record DecisionRequest(@Size(max = 2000) String note) {
    }
}
