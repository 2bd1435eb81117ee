package com.careerplatform.comp.record;

import com.careerplatform.comp.band.Currencies;
import com.careerplatform.comp.band.Market;
import com.careerplatform.comp.band.Segment;
import com.careerplatform.kit.problem.ReportedOn;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A change of a person's pay as comp-admin records it. */
public record CompChangeRequest(
        @NotNull LocalDate effectiveFrom,
        @NotNull ChangeReason reason,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a framework slug such as ai-engineer")
        String frameworkSlug,
        @NotBlank @Size(max = 10) @Pattern(regexp = "L[0-9]{1,2}", message = "must be a level code such as L5") String level,
        @NotNull Market market,
        @NotNull Segment segment,
        @NotNull @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        String currency,
        @NotNull @DecimalMin(value = "0.01", message = "must be positive") @Digits(integer = 13, fraction = 2) BigDecimal base,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal bonusTargetPercent,
        @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal equityAnnualValue,
        Sex sex,
        @Size(max = 2000) String note) {

    @JsonIgnore
    @AssertTrue(message = "currency is not an ISO 4217 currency")
    @ReportedOn("currency")
    public boolean isKnownCurrency() {
        return Currencies.isKnownOrUnchecked(currency);
    }

    @JsonIgnore
    @AssertTrue(message = "segment does not belong to market")
    @ReportedOn("segment")
    public boolean isSegmentOfMarket() {
        return segment == null || market == null || segment.belongsTo(market);
    }
}
