package com.careerplatform.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void typeUrisAreStableUrns() {
        assertEquals("urn:career-platform:problem:not-found", ProblemType.NOT_FOUND.uri().toString());
        Set<String> uris = Arrays.stream(ProblemType.values()).map(type -> type.uri().toString()).collect(Collectors.toSet());
        assertEquals(ProblemType.values().length, uris.size(), "two problem types share a URI");
    }

    @Test
    void frameworkStatusesMapToTheirTypes() {
        assertEquals(ProblemType.METHOD_NOT_ALLOWED, ProblemType.forStatus(405));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.forStatus(415));
        assertEquals(ProblemType.INTERNAL, ProblemType.forStatus(599));
    }
}
