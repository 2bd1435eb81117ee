package com.careerplatform.kit.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Errors under {@code /scim/} in the shape SCIM clients parse (RFC 7644 §3.12) instead of RFC 9457: the
 * HR system provisioning people speaks SCIM, so every refusal there (the gateway's included) is a SCIM
 * error with the status as a string and, where RFC 7644 defines one, a {@code scimType}.
 */
public final class ScimErrors {

    public static final String MEDIA_TYPE = "application/scim+json";
    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final String PATH_PREFIX = "/scim/";

    private ScimErrors() {
    }

    /** True for the paths whose errors are SCIM errors. */
    public static boolean appliesTo(String path) {
        return path != null && path.startsWith(PATH_PREFIX);
    }

    /** The error body; {@code scimType} is left out when null. */
    public static Map<String, Object> body(int status, String scimType, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemas", List.of(SCHEMA));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        body.put("status", String.valueOf(status));
        return body;
    }

    /** A problem said the SCIM way: field errors join the detail, 400s and 409s get RFC 7644's closest scimType. */
    public static Map<String, Object> of(Problem problem) {
        String detail = problem.errors() == null || problem.errors().isEmpty() ? problem.detail()
                : problem.detail() + ": " + problem.errors().stream().map(error -> error.field() + " " + error.message())
                        .collect(Collectors.joining("; "));
        return body(problem.status(), scimType(problem), detail);
    }

    private static String scimType(Problem problem) {
        if (problem.status() == 409) {
            return "uniqueness";
        }
        if (problem.status() != 400) {
            return null;
        }
        return problem.type().equals(ProblemType.MALFORMED_BODY.uri()) ? "invalidSyntax" : "invalidValue";
    }
}
