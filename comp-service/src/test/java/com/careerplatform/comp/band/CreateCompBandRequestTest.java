package com.careerplatform.comp.band;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreateCompBandRequestTest {

    private static CreateCompBandRequest band(Market market, Segment segment, String currency, String min, String max,
            boolean openEnded) {
        return new CreateCompBandRequest("ai-engineer", "L5", market, segment, currency, new BigDecimal(min),
                max == null ? null : new BigDecimal(max), openEnded, EquityNote.NONE, Visibility.INTERNAL,
                LocalDate.of(2026, 1, 1), null, null, null, null);
    }

    @Test
    void segmentsBelongToTheMarketsOfThePayTables() {
        assertTrue(Segment.NAVER_KAKAO.belongsTo(Market.KR));
        assertFalse(Segment.NAVER_KAKAO.belongsTo(Market.US));
        assertTrue(Segment.UNICORN.belongsTo(Market.KR));
        assertTrue(Segment.UNICORN.belongsTo(Market.US));
        assertFalse(Segment.FRONTIER_LAB.belongsTo(Market.GLOBAL_REMOTE));
    }

    @Test
    void rangeMayBeOpenOnlyWhenMarkedSo() {
        assertTrue(band(Market.US, Segment.FRONTIER_LAB, "USD", "350000", null, true).isUpperBoundGiven());
        assertFalse(band(Market.US, Segment.FRONTIER_LAB, "USD", "350000", null, false).isUpperBoundGiven());
    }

    @Test
    void equalBoundsAreAnOrderedRange() {
        assertTrue(band(Market.US, Segment.BIG_TECH, "USD", "100.00", "100", false).isRangeOrdered());
        assertFalse(band(Market.US, Segment.BIG_TECH, "USD", "100.01", "100", false).isRangeOrdered());
    }

    @Test
    void knowsIso4217Currencies() {
        assertTrue(band(Market.KR, Segment.UNICORN, "KRW", "1", "2", false).isKnownCurrency());
        assertFalse(band(Market.KR, Segment.UNICORN, "ABC", "1", "2", false).isKnownCurrency());
    }
}
