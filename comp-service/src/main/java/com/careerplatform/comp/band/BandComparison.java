package com.careerplatform.comp.band;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an amount sits in a band: below, within or above; its range penetration (0 % at the minimum,
 * 100 % at the maximum) and its compa-ratio (amount over the band's midpoint). An open band has no
 * ceiling, so nothing is above it and it has no midpoint.
 */
public record BandComparison(Position position, BigDecimal rangePenetrationPercent, BigDecimal compaRatio,
        List<String> notes) {

    public enum Position {
        BELOW,
        WITHIN,
        ABOVE
    }

    public static BandComparison of(BigDecimal amount, CompBand band) {
        List<String> notes = new ArrayList<>();
        BigDecimal min = band.totalCompMin;
        BigDecimal max = band.totalCompMax;
        Position position;
        if (amount.compareTo(min) < 0) {
            position = Position.BELOW;
        } else if (!band.openEnded && max != null && amount.compareTo(max) > 0) {
            position = Position.ABOVE;
        } else {
            position = Position.WITHIN;
        }
        BigDecimal penetration = null;
        if (max != null && max.compareTo(min) > 0) {
            penetration = amount.subtract(min).multiply(BigDecimal.valueOf(100)).divide(max.subtract(min), 2, RoundingMode.HALF_EVEN);
        } else {
            notes.add("Range penetration is not defined: the band has no range from minimum to maximum");
        }
        BigDecimal compaRatio = null;
        if (band.openEnded || max == null) {
            notes.add("Compa-ratio is not defined: the band is open-ended (" + band.sourceLabel + "), so it has no midpoint");
        } else {
            BigDecimal midpoint = min.add(max).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
            compaRatio = amount.divide(midpoint, 4, RoundingMode.HALF_EVEN);
        }
        return new BandComparison(position, penetration, compaRatio, notes);
    }
}
