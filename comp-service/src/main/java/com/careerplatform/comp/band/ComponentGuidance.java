package com.careerplatform.comp.band;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** How a band's total comp is usually made up: base range, bonus target, equity and vesting, sign-on, refresh. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComponentGuidance(
        @Size(max = 500) String base,
        @DecimalMin("0.00") @Digits(integer = 17, fraction = 2) BigDecimal baseMin,
        @DecimalMin("0.00") @Digits(integer = 17, fraction = 2) BigDecimal baseMax,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal bonusTargetMinPercent,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal bonusTargetMaxPercent,
        @Size(max = 500) String bonus,
        @Size(max = 500) String equity,
        @Min(1) @Max(10) Integer vestingYears,
        @Min(0) @Max(60) Integer cliffMonths,
        @Size(max = 500) String signOn,
        @Size(max = 500) String refresh,
        @Size(max = 200) String source) {
}
