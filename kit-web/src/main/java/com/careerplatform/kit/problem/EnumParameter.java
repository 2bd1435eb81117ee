package com.careerplatform.kit.problem;

import com.careerplatform.kit.problem.Problem.FieldError;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an enum from a query parameter. JAX-RS would answer a bad value with a bare 404; clients get a
 * 400 that lists the allowed values instead.
 */
public final class EnumParameter {

    private EnumParameter() {
    }

    /** The constant named {@code value} (case-insensitive), or null when the parameter is absent. */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> {
                    String message = "must be one of " + Arrays.toString(type.getEnumConstants());
                    return new ProblemException(ProblemType.VALIDATION,
                            "Query parameter '" + parameter + "' " + message,
                            List.of(new FieldError(parameter, message)));
                });
    }
}
