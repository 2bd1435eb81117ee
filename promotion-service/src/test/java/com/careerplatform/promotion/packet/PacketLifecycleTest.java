package com.careerplatform.promotion.packet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import org.junit.jupiter.api.Test;

class PacketLifecycleTest {

    @Test
    void thePathThroughReview() {
        assertEquals(PacketStatus.SUBMITTED, PacketLifecycle.SUBMIT.apply(PacketStatus.DRAFT));
        assertEquals(PacketStatus.IN_REVIEW, PacketLifecycle.ENDORSE.apply(PacketStatus.SUBMITTED));
        assertDoesNotThrow(() -> PacketLifecycle.DECIDE.require(PacketStatus.IN_REVIEW));
        assertEquals(PacketStatus.WITHDRAWN, PacketLifecycle.WITHDRAW.apply(PacketStatus.IN_REVIEW));
    }

    @Test
    void illegalMovesAreConflicts() {
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> PacketLifecycle.ENDORSE.apply(PacketStatus.DRAFT)).type());
        assertThrows(ProblemException.class, () -> PacketLifecycle.SUBMIT.apply(PacketStatus.SUBMITTED));
        assertThrows(ProblemException.class, () -> PacketLifecycle.WITHDRAW.apply(PacketStatus.PROMOTED));
        assertThrows(ProblemException.class, () -> PacketLifecycle.REVIEW.require(PacketStatus.SUBMITTED));
        assertThrows(ProblemException.class, () -> PacketLifecycle.EDIT.require(PacketStatus.IN_REVIEW));
        assertThrows(ProblemException.class, () -> PacketLifecycle.DECIDE.require(PacketStatus.NOT_YET));
    }
}
