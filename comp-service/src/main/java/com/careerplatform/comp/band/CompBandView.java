package com.careerplatform.comp.band;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A comp band as the API shows it; money as decimal strings with the currency beside them. String bounds
 * are the {@code comp_band} columns', or for text columns those of the requests that write them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompBandView(
        UUID id,
        UUID seriesId,
        @Schema(maxLength = 64) String frameworkSlug,
        @Schema(maxLength = 16) String levelCode,
        Market market,
        Segment segment,
        @Schema(maxLength = 3) String currency,
        BigDecimal totalCompMin,
        BigDecimal totalCompMax,
        boolean openEnded,
        EquityNote equityNote,
        Visibility visibility,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @Schema(maxLength = 200) String sourceLabel,
        @Schema(maxLength = 500) String source,
        ComponentGuidance guidance) {

    public static CompBandView of(CompBand band) {
        return new CompBandView(band.id, band.seriesId, band.frameworkSlug, band.levelCode, band.market, band.segment,
                band.currency, band.totalCompMin, band.totalCompMax, band.openEnded, band.equityNote,
                band.visibility, band.effectiveFrom, band.effectiveTo, band.sourceLabel, band.source, band.guidance);
    }
}
