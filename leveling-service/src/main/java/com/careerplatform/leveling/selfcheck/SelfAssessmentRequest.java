package com.careerplatform.leveling.selfcheck;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What an employee sends: one answer per checklist item, and the day they took it (default today). */
public record SelfAssessmentRequest(
        LocalDate takenOn,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid AnswerRequest> answers) {

    public record AnswerRequest(
            @Min(value = 1, message = "must be an item number from 1") @Max(100) int item,
            @NotNull Boolean checked,
            @Size(max = 1000) String note) {
    }
}
