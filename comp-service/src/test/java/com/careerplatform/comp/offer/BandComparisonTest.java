package com.careerplatform.comp.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.comp.band.BandComparison.Position;
import com.careerplatform.comp.band.BandComparison;
import com.careerplatform.comp.band.CompBand;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BandComparisonTest {

    private static CompBand band(String min, String max, boolean openEnded, String label) {
        CompBand band = new CompBand();
        band.totalCompMin = new BigDecimal(min);
        band.totalCompMax = max == null ? null : new BigDecimal(max);
        band.openEnded = openEnded;
        band.sourceLabel = label;
        return band;
    }

    @Test
    void belowTheUsL5BigTechBand() {
        // 330,000 in 380,000-550,000: penetration (330-380)/(550-380) = -29.41 %; midpoint 465,000, ratio 0.7097.
        BandComparison comparison = BandComparison.of(new BigDecimal("330000.00"), band("380000.00", "550000.00", false, "$380K-$550K"));
        assertEquals(Position.BELOW, comparison.position());
        assertEquals(new BigDecimal("-29.41"), comparison.rangePenetrationPercent());
        assertEquals(new BigDecimal("0.7097"), comparison.compaRatio());
    }

    @Test
    void withinAndAboveAClosedBand() {
        BandComparison within = BandComparison.of(new BigDecimal("465000.00"), band("380000.00", "550000.00", false, "x"));
        assertEquals(Position.WITHIN, within.position());
        assertEquals(new BigDecimal("50.00"), within.rangePenetrationPercent());
        assertEquals(new BigDecimal("1.0000"), within.compaRatio());
        assertEquals(Position.ABOVE, BandComparison.of(new BigDecimal("550000.01"), band("380000.00", "550000.00", false, "x")).position());
        assertEquals(Position.WITHIN, BandComparison.of(new BigDecimal("550000.00"), band("380000.00", "550000.00", false, "x")).position());
    }

    @Test
    void anOpenBandHasNoCeilingNoPenetrationAndNoCompaRatio() {
        BandComparison comparison = BandComparison.of(new BigDecimal("900000.00"), band("350000.00", null, true, "$350K+"));
        assertEquals(Position.WITHIN, comparison.position());
        assertNull(comparison.rangePenetrationPercent());
        assertNull(comparison.compaRatio());
        assertTrue(comparison.notes().stream().anyMatch(note -> note.contains("$350K+")));
    }

    @Test
    void anOpenBandWithATypicalTopStillHasNoMidpoint() {
        // $1.5M-$3M+: 3,500,000 is not above it; penetration (3.5-1.5)/(3-1.5) = 133.33 %.
        BandComparison comparison = BandComparison.of(new BigDecimal("3500000.00"), band("1500000.00", "3000000.00", true, "$1.5M-$3M+"));
        assertEquals(Position.WITHIN, comparison.position());
        assertEquals(new BigDecimal("133.33"), comparison.rangePenetrationPercent());
        assertNull(comparison.compaRatio());
    }

    @Test
    void theNotesOfAnOpenBandWithTheLongestLabelStayWithinTheDocumentedBounds() {
        BandComparison comparison = BandComparison.of(new BigDecimal("1.00"), band("1.00", null, true, "$".repeat(200)));
        assertEquals(2, comparison.notes().size());
        assertTrue(1 + comparison.notes().size() <= OfferEvaluation.MAX_NOTES);
        assertEquals(OfferEvaluation.MAX_NOTE_LENGTH, comparison.notes().stream().mapToInt(String::length).max().orElseThrow());
    }
}
