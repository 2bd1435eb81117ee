package com.careerplatform.comp.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayStatisticsTest {

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void meanAndMedianOfOddAndEvenGroups() {
        assertEquals(new BigDecimal("135.71"), PayStatistics.mean(amounts("110", "110", "110", "110", "110", "200", "200")));
        assertEquals(new BigDecimal("110.00"), PayStatistics.median(amounts("200", "110", "110", "110", "200", "110", "110")));
        assertEquals(new BigDecimal("15.00"), PayStatistics.median(amounts("10", "20", "30", "0")));
    }

    @Test
    void gapIsMenMinusWomenOverMen() {
        // (120 - 100) / 120 = 16.666... %
        assertEquals(new BigDecimal("16.67"), PayStatistics.gapPercent(new BigDecimal("120"), new BigDecimal("100")));
        assertEquals(new BigDecimal("-25.00"), PayStatistics.gapPercent(new BigDecimal("100"), new BigDecimal("125")));
        assertNull(PayStatistics.gapPercent(BigDecimal.ZERO, new BigDecimal("10")));
    }

    @Test
    void quartilesSplitEighteenPeopleIntoFourFiveFourFive() {
        List<List<Integer>> quartiles = PayStatistics.quartiles(java.util.stream.IntStream.range(0, 18).boxed().toList());
        assertEquals(List.of(4, 5, 4, 5), quartiles.stream().map(List::size).toList());
        assertEquals(List.of(0, 1, 2, 3), quartiles.get(0));
    }
}
