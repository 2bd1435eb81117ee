package com.careerplatform.comp.transparency;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Art. 9 indicators over the comp records in force on {@code asOf} in one currency. Base pay is the
 * base salary; variable pay is the target bonus plus annual equity. A gap is (men − women) / men in
 * percent. Every figure about a group smaller than {@code minGroupSize} is suppressed. Counts are sizes of
 * lists of records, so at most an int's maximum.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicators(
        LocalDate asOf,
        @Schema(maxLength = 3) String currency,
        @Schema(minimum = "1", maximum = "2147483647") int minGroupSize,
        @Schema(minimum = "0", maximum = "2147483647") long women,
        @Schema(minimum = "0", maximum = "2147483647") long men,
        @Schema(minimum = "0", maximum = "2147483647") long others,
        Gap totalPay,
        Gap variablePay,
        @Schema(maxItems = 2, description = "Women, then men") List<Share> receivingVariablePay,
        @Schema(maxItems = 4) List<Quartile> quartiles,
        @Schema(maxItems = MAX_LEVELS, description = "One entry per level code in force, in code order")
        List<LevelGap> perLevel) {

    /** Level codes are written as L0-L9 or L00-L99, so no more distinct ones can be in force. */
    static final int MAX_LEVELS = 110;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gap(boolean suppressed,
            BigDecimal meanGapPercent,
            BigDecimal medianGapPercent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Share(@Schema(enumeration = {"FEMALE", "MALE"}) String sex, boolean suppressed,
            BigDecimal percent) {
    }

    /** Quartile 1 holds the lowest-paid quarter; the shares of women and men in it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quartile(@Schema(minimum = "1", maximum = "4") int quartile, boolean suppressed,
            BigDecimal womenPercent,
            BigDecimal menPercent) {
    }

    /** The gap within one category of workers (a level), split into base and variable pay. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LevelGap(@Schema(maxLength = 16) String level, boolean suppressed,
            BigDecimal baseGapPercent,
            BigDecimal variableGapPercent) {
    }
}
