package com.careerplatform.kit.problem;

import java.util.Arrays;

/** Optimistic concurrency for updates: the caller proves with If-Match that it changes what it last read. */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * Passes when {@code ifMatch} names {@code currentEtag} (or is {@code *}); otherwise 428 when the header
     * is missing and 412 when it names another version.
     */
    public static void requireIfMatch(String ifMatch, String currentEtag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you last read; the current one is \"" + currentEtag + "\"");
        }
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || unquote(tag).equals(currentEtag));
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The resource changed since you read it; its ETag is now \"" + currentEtag + "\"");
        }
    }

    private static String unquote(String tag) {
        // A weak validator never matches for If-Match (RFC 9110 13.1.1), so W/ tags are compared as written.
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    }
}
