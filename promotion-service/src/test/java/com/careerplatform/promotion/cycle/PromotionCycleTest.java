package com.careerplatform.promotion.cycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PromotionCycleTest {

    private static PromotionCycle cycle(CycleStatus status) {
        PromotionCycle cycle = new PromotionCycle();
        cycle.status = status;
        cycle.submissionOpens = LocalDate.of(2027, 1, 4);
        cycle.submissionCloses = LocalDate.of(2027, 1, 29);
        return cycle;
    }

    @Test
    void openCycleAcceptsSubmissionsOnEveryDayOfItsWindowIncludingBothEnds() {
        PromotionCycle open = cycle(CycleStatus.OPEN);
        assertTrue(open.acceptsSubmissionsOn(LocalDate.of(2027, 1, 4)));
        assertTrue(open.acceptsSubmissionsOn(LocalDate.of(2027, 1, 15)));
        assertTrue(open.acceptsSubmissionsOn(LocalDate.of(2027, 1, 29)));
    }

    @Test
    void refusesSubmissionsOutsideTheWindow() {
        PromotionCycle open = cycle(CycleStatus.OPEN);
        assertFalse(open.acceptsSubmissionsOn(LocalDate.of(2027, 1, 3)));
        assertFalse(open.acceptsSubmissionsOn(LocalDate.of(2027, 1, 30)));
    }

    @Test
    void closedCycleRefusesSubmissionsEvenInsideItsWindow() {
        assertFalse(cycle(CycleStatus.CLOSED).acceptsSubmissionsOn(LocalDate.of(2027, 1, 15)));
    }
}
