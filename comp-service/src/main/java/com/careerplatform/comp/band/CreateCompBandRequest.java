package com.careerplatform.comp.band;

import com.careerplatform.kit.problem.ReportedOn;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What comp-admin sends to create a band. Amounts are decimal strings ("200000.00"). */
public record CreateCompBandRequest(
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a framework slug such as ai-engineer")
        String frameworkSlug,
        @NotBlank @Size(max = 10) @Pattern(regexp = "L[0-9]{1,2}", message = "must be a level code such as L5") String levelCode,
        @NotNull Market market,
        @NotNull Segment segment,
        @NotNull @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        String currency,
        @NotNull @DecimalMin("0.00") @Digits(integer = 17, fraction = 2) BigDecimal totalCompMin,
        @DecimalMin("0.00") @Digits(integer = 17, fraction = 2) BigDecimal totalCompMax,
        boolean openEnded,
        @NotNull EquityNote equityNote,
        @NotNull Visibility visibility,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @Size(max = 200) String sourceLabel,
        @Size(max = 500) String source,
        @Valid ComponentGuidance guidance) {

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

    @JsonIgnore
    @AssertTrue(message = "effectiveTo must not be before effectiveFrom")
    @ReportedOn("effectiveTo")
    public boolean isEffectiveRangeOrdered() {
        return effectiveFrom == null || effectiveTo == null || !effectiveTo.isBefore(effectiveFrom);
    }

    @JsonIgnore
    @AssertTrue(message = "segment does not belong to market")
    @ReportedOn("segment")
    public boolean isSegmentOfMarket() {
        return segment == null || market == null || segment.belongsTo(market);
    }

    @JsonIgnore
    @AssertTrue(message = "currency is not an ISO 4217 currency")
    @ReportedOn("currency")
    public boolean isKnownCurrency() {
        return Currencies.isKnownOrUnchecked(currency);
    }
}
