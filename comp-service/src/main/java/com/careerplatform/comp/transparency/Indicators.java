package com.careerplatform.comp.transparency;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The Art. 9 indicators over the comp records in force on {@code asOf} in one currency. Base pay is the
 * base salary; variable pay is the target bonus plus annual equity. A gap is (men − women) / men in
 * percent. Every figure about a group smaller than {@code minGroupSize} is suppressed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicators(
        LocalDate asOf,
        String currency,
        int minGroupSize,
        long women,
        long men,
        long others,
        Gap totalPay,
        Gap variablePay,
        List<Share> receivingVariablePay,
        List<Quartile> quartiles,
        List<LevelGap> perLevel) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gap(boolean suppressed,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal meanGapPercent,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal medianGapPercent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Share(String sex, boolean suppressed, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percent) {
    }

    /** Quartile 1 holds the lowest-paid quarter; the shares of women and men in it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quartile(int quartile, boolean suppressed,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal womenPercent,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal menPercent) {
    }

    /** The gap within one category of workers (a level), split into base and variable pay. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LevelGap(String level, boolean suppressed,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseGapPercent,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal variableGapPercent) {
    }
}
