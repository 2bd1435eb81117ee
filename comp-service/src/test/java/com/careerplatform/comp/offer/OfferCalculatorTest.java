package com.careerplatform.comp.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.comp.band.Market;
import com.careerplatform.comp.band.Segment;
import com.careerplatform.comp.offer.OfferRequest.EquityGrant;
import com.careerplatform.comp.offer.OfferRequest.EquityType;
import com.careerplatform.comp.offer.OfferRequest.Refresh;
import com.careerplatform.comp.offer.OfferRequest.SignOn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples; every expected number is computed by hand in the comment above it. */
class OfferCalculatorTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static OfferRequest offer(String base, String bonusPercent, SignOn signOn, EquityGrant equity, Refresh refresh) {
        return new OfferRequest("ai-engineer", "L5", Market.US, Segment.BIG_TECH, "USD", LocalDate.of(2025, 6, 1),
                d(base), d(bonusPercent), signOn, equity, refresh);
    }

    private static List<BigDecimal> totals(OfferRequest offer) {
        return OfferCalculator.years(offer).stream().map(OfferCalculator.YearPay::total).toList();
    }

    @Test
    void evenRsuWithAOneYearCliff() {
        // 200,000 base + 15 % bonus (30,000) + 400,000 RSU / 4 years (100,000) = 330,000 every year.
        OfferRequest offer = offer("200000", "15", null, new EquityGrant(EquityType.RSU, d("400000"), 4, 12, null), null);
        assertEquals(List.of(d("330000.00"), d("330000.00"), d("330000.00"), d("330000.00")), totals(offer));
        assertEquals(d("330000.00"), OfferCalculator.annualised(OfferCalculator.years(offer)));
    }

    @Test
    void backLoadedSplit() {
        // 400,000 at 5/15/40/40 % = 20,000 / 60,000 / 160,000 / 160,000; with 200,000 base and no bonus:
        // 220,000 / 260,000 / 360,000 / 360,000; annualised 1,200,000 / 4 = 300,000.
        OfferRequest offer = offer("200000", "0", null,
                new EquityGrant(EquityType.RSU, d("400000"), 4, 12, List.of(d("5"), d("15"), d("40"), d("40"))), null);
        assertEquals(List.of(d("220000.00"), d("260000.00"), d("360000.00"), d("360000.00")), totals(offer));
        assertEquals(d("300000.00"), OfferCalculator.annualised(OfferCalculator.years(offer)));
    }

    @Test
    void aCliffPastTheFirstYearVestsTheAccruedSharesAtOnce() {
        // 18-month cliff: nothing in year 1, years 1 and 2 (2 x 100,000) in year 2, then 100,000 a year.
        List<BigDecimal> equity = OfferCalculator.equity(new EquityGrant(EquityType.OPTIONS, d("400000"), 4, 18, null));
        assertEquals(List.of(d("0.00"), d("200000.00"), d("100000.00"), d("100000.00")), equity);
    }

    @Test
    void noCliffVestsFromTheFirstYear() {
        assertEquals(List.of(d("100000.00"), d("100000.00"), d("100000.00"), d("100000.00")),
                OfferCalculator.equity(new EquityGrant(EquityType.RSU, d("400000"), 4, 0, null)));
    }

    @Test
    void anUnevenDivisionGivesTheRemainderToTheLastYear() {
        // 100,000 over 3 years: 33,333.33 + 33,333.33 + 33,333.34 = 100,000.00; nothing in year 4.
        assertEquals(List.of(d("33333.33"), d("33333.33"), d("33333.34"), d("0.00")),
                OfferCalculator.equity(new EquityGrant(EquityType.RSU, d("100000"), 3, 12, null)));
    }

    @Test
    void signOnSpreadAndRefreshGrants() {
        // Sign-on 50,000 over 2 years: 25,000 in years 1 and 2.
        assertEquals(List.of(d("25000.00"), d("25000.00"), d("0.00"), d("0.00")),
                OfferCalculator.signOn(new SignOn(d("50000"), 2)));
        // Sign-on paid at once: all in year 1.
        assertEquals(List.of(d("50000.00"), d("0.00"), d("0.00"), d("0.00")), OfferCalculator.signOn(new SignOn(d("50000"), null)));
        // A 40,000 refresh granted at the start of years 2, 3 and 4, each vesting 10,000 a year:
        // year 2 = 10,000; year 3 = 20,000; year 4 = 30,000.
        assertEquals(List.of(d("0.00"), d("10000.00"), d("20000.00"), d("30000.00")),
                OfferCalculator.refresh(new Refresh(d("40000"), null)));
    }

    @Test
    void bonusIsRoundedHalfEvenToTheCent() {
        // 123,456.78 x 12.5 % = 15,432.0975 -> 15,432.10.
        OfferRequest offer = offer("123456.78", "12.5", null, null, null);
        assertEquals(d("15432.10"), OfferCalculator.years(offer).get(0).bonus());
        assertEquals(d("138888.88"), OfferCalculator.years(offer).get(0).total());
    }
}
