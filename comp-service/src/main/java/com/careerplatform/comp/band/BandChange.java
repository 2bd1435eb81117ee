package com.careerplatform.comp.band;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A band change as sent: a JSON Merge Patch (RFC 7396) of the latest version, from {@code effectiveFrom}.
 * A field it names is changed; a field it leaves out stays as it is; null removes an optional one
 * ({@code totalCompMax}, {@code guidance}, {@code sourceLabel}, {@code source}). Level, market, segment and
 * currency never change: they are unknown fields here.
 */
@Schema(description = "JSON Merge Patch (RFC 7396) of the band's latest version: named fields change, the others stay;"
        + " null removes totalCompMax, guidance, sourceLabel or source")
public record BandChange(
        @NotNull LocalDate effectiveFrom,
        BigDecimal totalCompMin,
        BigDecimal totalCompMax,
        Boolean openEnded,
        EquityNote equityNote,
        Visibility visibility,
        ComponentGuidance guidance,
        @Schema(nullable = true, maxLength = 200) String sourceLabel,
        @Schema(nullable = true, maxLength = 500) String source) {
}
