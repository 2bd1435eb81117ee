package com.careerplatform.kit.request;

import java.util.Locale;

/**
 * A level code in a query or path parameter, read in any case ({@code l5} is {@code L5}) as every level
 * parameter of the platform reads it; request bodies spell codes as frameworks do.
 */
public final class LevelCodeParameter {

    /** For {@code @Pattern} on the parameter. */
    public static final String PATTERN = "[Ll][0-9]{1,2}";
    public static final String MESSAGE = "must be a level code such as L5";

    private LevelCodeParameter() {
    }

    /** The code as frameworks spell it, or null when the parameter is absent. */
    public static String normalized(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
