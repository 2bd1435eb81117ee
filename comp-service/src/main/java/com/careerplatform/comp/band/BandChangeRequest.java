package com.careerplatform.comp.band;

import com.careerplatform.kit.problem.ReportedOn;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The next version of a band, in force from {@code effectiveFrom}; level, market, segment and currency stay. */
public record BandChangeRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull @DecimalMin("0.00") @Digits(integer = 17, fraction = 2) BigDecimal totalCompMin,
        @DecimalMin("0.00") @Digits(integer = 17, fraction = 2) BigDecimal totalCompMax,
        boolean openEnded,
        @NotNull EquityNote equityNote,
        @NotNull Visibility visibility,
        @Valid ComponentGuidance guidance,
        @Size(max = 200) String sourceLabel,
        @Size(max = 500) String source) {

    @JsonIgnore
    @AssertTrue(message = "totalCompMax must not be below totalCompMin")
    @ReportedOn("totalCompMax")
    public boolean isRangeOrdered() {
        return totalCompMin == null || totalCompMax == null || totalCompMax.compareTo(totalCompMin) >= 0;
    }

    @JsonIgnore
    @AssertTrue(message = "totalCompMax is required unless the band is openEnded")
    @ReportedOn("totalCompMax")
    public boolean isUpperBoundGiven() {
        return totalCompMax != null || openEnded;
    }
}
