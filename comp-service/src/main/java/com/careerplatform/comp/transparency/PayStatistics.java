package com.careerplatform.comp.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Means, medians and gaps over pay amounts, in exact decimals (two places, half-even). */
public final class PayStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PayStatistics() {
    }

    public static BigDecimal mean(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(amounts.size()), 2, RoundingMode.HALF_EVEN);
    }

    public static BigDecimal median(List<BigDecimal> amounts) {
        List<BigDecimal> sorted = amounts.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).setScale(2, RoundingMode.HALF_EVEN)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
    }

    /** The pay gap of the Directive: (men's level − women's level) / men's level, in percent; null when men's level is 0. */
    public static BigDecimal gapPercent(BigDecimal men, BigDecimal women) {
        if (men.signum() == 0) {
            return null;
        }
        return men.subtract(women).multiply(HUNDRED).divide(men, 2, RoundingMode.HALF_EVEN);
    }

    /** Share of {@code part} in {@code whole}, in percent; null for an empty whole. */
    public static BigDecimal sharePercent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
    }

    /** Splits items sorted by pay into four quartile bands of (nearly) equal size, lowest first. */
    public static <T> List<List<T>> quartiles(List<T> sortedByPay) {
        List<List<T>> bands = new ArrayList<>();
        int size = sortedByPay.size();
        for (int quartile = 0; quartile < 4; quartile++) {
            bands.add(sortedByPay.subList(quartile * size / 4, (quartile + 1) * size / 4));
        }
        return bands;
    }
}
