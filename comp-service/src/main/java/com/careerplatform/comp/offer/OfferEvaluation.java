package com.careerplatform.comp.offer;

import com.careerplatform.comp.band.BandComparison.Position;
import com.careerplatform.comp.band.CompBandView;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An evaluated offer: pay for each of years 1–4, the first-year and the 4-year annualised total comp
 * apart, and the annualised total placed in the band in force on the offer date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferEvaluation(
        @Schema(maxLength = 3) String currency,
        @Schema(maxItems = OfferCalculator.YEARS) List<YearView> years,
        BigDecimal firstYearTotalComp,
        BigDecimal annualisedTotalComp,
        BigDecimal fourYearTotalComp,
        CompBandView band,
        Position position,
        BigDecimal rangePenetrationPercent,
        BigDecimal compaRatio,
        @Schema(maxItems = MAX_NOTES) List<@Size(max = MAX_NOTE_LENGTH) String> notes) {

    /** The note on how the offer is placed, and one each for an undefined range penetration and compa-ratio. */
    static final int MAX_NOTES = 3;

    /** The compa-ratio note quotes the band's source label (at most 200 characters) in 76 of its own. */
    static final int MAX_NOTE_LENGTH = 276;

    /** One year's pay; money as decimal strings. */
    public record YearView(
            @Schema(minimum = "1", maximum = "" + OfferCalculator.YEARS) int year,
            BigDecimal base,
            BigDecimal bonus,
            BigDecimal signOn,
            BigDecimal equity,
            BigDecimal refresh,
            BigDecimal total) {

        static YearView of(OfferCalculator.YearPay pay) {
            return new YearView(pay.year(), pay.base(), pay.bonus(), pay.signOn(), pay.equity(), pay.refresh(), pay.total());
        }
    }
}
