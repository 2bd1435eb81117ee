package com.careerplatform.kit.request;

import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every path and query parameter of the platform must be before anything reads it: free of control
 * characters (NUL above all, which PostgreSQL cannot store or compare, and which would otherwise reach a
 * query as a 500). The services check it in {@link RequestParameterFilter}, the gateway before it
 * forwards; both answer the same 400 problem.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    /**
     * The problem with the decoded path and query parameters, or empty when they are clean; its instance
     * is the path with each control character shown as {@code ?}.
     */
    public static Optional<Problem> problem(String path, Map<String, List<String>> query) {
        String instance = path.replaceAll("[\\x00-\\x1F\\x7F]", "?");
        if (hasControlCharacter(path)) {
            return Optional.of(Problem.of(ProblemType.VALIDATION, "The path contains a control character;"
                    + " path parameters are text without them", instance,
                    List.of(new Problem.FieldError("path", "must not contain control characters"))));
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (hasControlCharacter(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(RequestParameters::hasControlCharacter)) {
                String name = hasControlCharacter(parameter.getKey()) ? "query" : parameter.getKey();
                return Optional.of(Problem.of(ProblemType.VALIDATION, "Query parameter '" + name
                        + "' contains a control character", instance,
                        List.of(new Problem.FieldError(name, "must not contain control characters"))));
            }
        }
        return Optional.empty();
    }

    static boolean hasControlCharacter(String text) {
        return text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }
}
