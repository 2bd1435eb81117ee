package com.careerplatform.promotion.cycle;

import com.careerplatform.kit.problem.ReportedOn;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What HR sends to open a promotion cycle. */
public record CreateCycleRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a framework slug such as ai-engineer")
        String frameworkSlug,
        @NotNull LocalDate submissionOpens,
        @NotNull LocalDate submissionCloses) {

    @JsonIgnore
    @AssertTrue(message = "submissionCloses must not be before submissionOpens")
    @ReportedOn("submissionCloses")
    public boolean isWindowOrdered() {
        return submissionOpens == null || submissionCloses == null || !submissionCloses.isBefore(submissionOpens);
    }
}
