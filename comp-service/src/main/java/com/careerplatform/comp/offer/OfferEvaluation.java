package com.careerplatform.comp.offer;

import com.careerplatform.comp.band.CompBandView;
import com.careerplatform.comp.offer.BandComparison.Position;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * An evaluated offer: pay for each of years 1–4, the first-year and the 4-year annualised total comp
 * apart, and the annualised total placed in the band in force on the offer date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfferEvaluation(
        String currency,
        List<YearView> years,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal firstYearTotalComp,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal annualisedTotalComp,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fourYearTotalComp,
        CompBandView band,
        Position position,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rangePenetrationPercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal compaRatio,
        List<String> notes) {

    /** One year's pay; money as decimal strings. */
    public record YearView(
            int year,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal base,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal bonus,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal signOn,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal equity,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refresh,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total) {

        static YearView of(OfferCalculator.YearPay pay) {
            return new YearView(pay.year(), pay.base(), pay.bonus(), pay.signOn(), pay.equity(), pay.refresh(), pay.total());
        }
    }
}
