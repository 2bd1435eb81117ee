package com.careerplatform.comp.band;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 currency codes as the JDK knows them. */
public final class Currencies {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private Currencies() {
    }

    /** True for a known code; null and malformed codes are left to the other constraints. */
    public static boolean isKnownOrUnchecked(String code) {
        return code == null || !code.matches("[A-Z]{3}") || CODES.contains(code);
    }
}
