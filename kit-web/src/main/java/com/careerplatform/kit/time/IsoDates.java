package com.careerplatform.kit.time;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Dates as the API documents them: {@code yyyy-MM-dd}, ten characters. {@link LocalDate#parse} also takes
 * years beyond 9999 ({@code +10000-01-01}), which the API would then store and answer back longer than
 * its schema allows.
 */
public final class IsoDates {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDates() {
    }

    /** The date, or IllegalArgumentException (also for impossible dates such as 2026-02-30). */
    public static LocalDate parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a date yyyy-MM-dd");
        }
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a date yyyy-MM-dd", e);
        }
    }
}
