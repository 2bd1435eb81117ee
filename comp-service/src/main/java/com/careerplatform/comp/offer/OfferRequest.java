package com.careerplatform.comp.offer;

import com.careerplatform.comp.band.Currencies;
import com.careerplatform.comp.band.Market;
import com.careerplatform.comp.band.Segment;
import com.careerplatform.kit.problem.ReportedOn;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer to evaluate: its pay components, and where it sits (level, market, segment, date). */
public record OfferRequest(
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a framework slug such as ai-engineer")
        String frameworkSlug,
        @NotBlank @Size(max = 10) @Pattern(regexp = "L[0-9]{1,2}", message = "must be a level code such as L5") String level,
        @NotNull Market market,
        @NotNull Segment segment,
        @NotNull @Size(max = 3) @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        String currency,
        @NotNull LocalDate offerDate,
        @NotNull @DecimalMin(value = "0.01", message = "must be positive") @Digits(integer = 13, fraction = 2) BigDecimal base,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal bonusTargetPercent,
        @Valid SignOn signOn,
        @Valid EquityGrant equity,
        @Valid Refresh refresh) {

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

    /** A sign-on bonus paid in year 1, or spread evenly over the first {@code spreadYears} years. */
    public record SignOn(
            @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Min(1) @Max(4) Integer spreadYears) {

        int years() {
            return spreadYears == null ? 1 : spreadYears;
        }
    }

    public enum EquityType {
        RSU,
        OPTIONS
    }

    /**
     * An equity grant worth {@code totalValue} at grant, vesting over {@code vestingYears} (default 4) with a
     * cliff (default 12 months); {@code split} lists the yearly percentages (e.g. 5, 15, 40, 40), absent
     * for an even split.
     */
    public record EquityGrant(
            @NotNull EquityType type,
            @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal totalValue,
            @Min(1) @Max(10) Integer vestingYears,
            @Min(0) @Max(120) Integer cliffMonths,
            @Schema(type = SchemaType.ARRAY, implementation = BigDecimal.class, minItems = 1, maxItems = 10,
                    description = "Yearly percentages, decimal strings adding up to 100")
            @Size(min = 1, max = 10) List<@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal> split) {

        int years() {
            return vestingYears == null ? 4 : vestingYears;
        }

        int cliff() {
            return cliffMonths == null ? 12 : cliffMonths;
        }

        @JsonIgnore
        @AssertTrue(message = "split must have one percentage per vesting year, adding up to 100")
        @ReportedOn("split")
        public boolean isSplitConsistent() {
            return split == null || split.contains(null) || split.size() == years()
                    && split.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.valueOf(100)) == 0;
        }

        @JsonIgnore
        @AssertTrue(message = "cliffMonths must not exceed the vesting period")
        @ReportedOn("cliffMonths")
        public boolean isCliffWithinVesting() {
            return cliff() <= years() * 12;
        }
    }

    /** A refresh grant of {@code annualValue} each year from year 2, each vesting evenly over {@code vestingYears}. */
    public record Refresh(
            @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal annualValue,
            @Min(1) @Max(10) Integer vestingYears) {

        int years() {
            return vestingYears == null ? 4 : vestingYears;
        }
    }
}
