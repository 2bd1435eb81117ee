package com.careerplatform.comp.transparency;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to an Art. 7 request as given on {@code asOf}: the worker's pay and, for their category (same
 * level and currency), the average pay of each sex — or "suppressed" where a group is too small to keep
 * anyone unidentifiable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InformationAnswer(
        LocalDate asOf,
        @Schema(maxLength = 16) String level,
        @Schema(maxLength = 3) String currency,
        BigDecimal yourBase,
        BigDecimal yourTotalComp,
        @Schema(maxItems = 2, description = "Women, then men") List<GroupAverage> averagesBySex) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroupAverage(
            @Schema(enumeration = {"FEMALE", "MALE"}) String sex,
            boolean suppressed,
            @Schema(minimum = "0", maximum = "2147483647") Integer people,
            BigDecimal averageBase,
            BigDecimal averageTotalComp) {
    }
}
