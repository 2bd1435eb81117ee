package com.careerplatform.promotion.cycle;

import com.careerplatform.kit.problem.ReportedOn;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What HR may change on an open cycle: its name and its submission window; never its framework. */
public record EditCycleRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull LocalDate submissionOpens,
        @NotNull LocalDate submissionCloses) {

    @JsonIgnore
    @AssertTrue(message = "submissionCloses must not be before submissionOpens")
    @ReportedOn("submissionCloses")
    public boolean isWindowOrdered() {
        return submissionOpens == null || submissionCloses == null || !submissionCloses.isBefore(submissionOpens);
    }
}
