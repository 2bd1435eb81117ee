package com.careerplatform.kit.problem;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void passesForTheCurrentTagQuotedOrInAListOrStar() {
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"x.v1.r2\"", "x.v1.r2"));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("\"old\", \"x.v1.r2\"", "x.v1.r2"));
        assertDoesNotThrow(() -> Preconditions.requireIfMatch("*", "x.v1.r2"));
    }

    @Test
    void missingHeaderIsPreconditionRequired() {
        ProblemException problem = assertThrows(ProblemException.class, () -> Preconditions.requireIfMatch(null, "t"));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, problem.type());
    }

    @Test
    void staleOrWeakTagIsPreconditionFailed() {
        assertEquals(ProblemType.PRECONDITION_FAILED, assertThrows(ProblemException.class,
                () -> Preconditions.requireIfMatch("\"x.v1.r1\"", "x.v1.r2")).type());
        assertEquals(ProblemType.PRECONDITION_FAILED, assertThrows(ProblemException.class,
                () -> Preconditions.requireIfMatch("W/\"x.v1.r2\"", "x.v1.r2")).type());
    }
}
