package com.careerplatform.comp.band;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A comp band as the API shows it; money as decimal strings with the currency beside them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompBandView(
        UUID id,
        UUID seriesId,
        String frameworkSlug,
        String levelCode,
        Market market,
        Segment segment,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCompMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCompMax,
        boolean openEnded,
        EquityNote equityNote,
        Visibility visibility,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String sourceLabel,
        String source,
        ComponentGuidance guidance) {

    public static CompBandView of(CompBand band) {
        return new CompBandView(band.id, band.seriesId, band.frameworkSlug, band.levelCode, band.market, band.segment,
                band.currency, band.totalCompMin, band.totalCompMax, band.openEnded, band.equityNote,
                band.visibility, band.effectiveFrom, band.effectiveTo, band.sourceLabel, band.source, band.guidance);
    }
}
