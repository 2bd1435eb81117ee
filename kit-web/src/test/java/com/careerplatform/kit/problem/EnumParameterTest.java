package com.careerplatform.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class EnumParameterTest {

    @Test
    void readsConstantsCaseInsensitively() {
        assertEquals(DayOfWeek.MONDAY, EnumParameter.parse(DayOfWeek.class, "day", " monday "));
    }

    @Test
    void absentParameterIsNoFilter() {
        assertNull(EnumParameter.parse(DayOfWeek.class, "day", null));
        assertNull(EnumParameter.parse(DayOfWeek.class, "day", " "));
    }

    @Test
    void unknownValueIsAValidationProblemListingTheAllowedValues() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> EnumParameter.parse(DayOfWeek.class, "day", "someday"));
        assertEquals(ProblemType.VALIDATION, problem.type());
        assertEquals("day", problem.errors().get(0).field());
        assertEquals("must be one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]",
                problem.errors().get(0).message());
    }
}
