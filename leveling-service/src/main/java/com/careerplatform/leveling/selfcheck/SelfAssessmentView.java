package com.careerplatform.leveling.selfcheck;

import com.careerplatform.leveling.framework.FrameworkVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A self-assessment as its employee and their manager read it: each item's text with its answer. */
public record SelfAssessmentView(
        UUID id,
        @Schema(maxLength = 64) String employeeId,
        @Schema(maxLength = 64) String framework,
        @Schema(minimum = "1", maximum = "" + FrameworkVersion.MAX_NUMBER) int version,
        @Schema(maxLength = 200) String prompt,
        LocalDate takenOn,
        @Schema(minimum = "0", maximum = "100") long checked,
        @Schema(minimum = "1", maximum = "100") int items,
        @Schema(maxItems = 100) List<AnswerView> answers,
        OffsetDateTime createdAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerView(
            @Schema(minimum = "1", maximum = "100") int item,
            @Schema(maxLength = 2000) String text,
            boolean checked,
            @Schema(maxLength = 1000) String note) {
    }
}
