package com.careerplatform.promotion.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.promotion.leveling.FrameworkLevels.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetLevelRuleTest {

    private static final List<Level> SEED = List.of(new Level("L3", false), new Level("L4", false), new Level("L5", false),
            new Level("L6", true), new Level("L7", true), new Level("L8", true));

    @Test
    void theNextLevelIsFineAndStaffNeedsAnArchetype() {
        assertTrue(TargetLevelRule.check(SEED, "L4", "L5", null).isEmpty());
        assertTrue(TargetLevelRule.check(SEED, "L5", "L6", Archetype.SOLVER).isEmpty());
        assertEquals(List.of(new FieldError("archetype", "is required for L6: one of TECH_LEAD, ARCHITECT, SOLVER, RIGHT_HAND")),
                TargetLevelRule.check(SEED, "L5", "L6", null));
    }

    @Test
    void skippingOrGoingDownIsRefusedWithTheRightTarget() {
        assertEquals(List.of(new FieldError("targetLevel", "must be the level right above L4, which is L5")),
                TargetLevelRule.check(SEED, "L4", "L6", Archetype.SOLVER));
        assertEquals(List.of(new FieldError("targetLevel", "must be the level right above L5, which is L6")),
                TargetLevelRule.check(SEED, "L5", "L4", null));
        assertEquals(List.of(new FieldError("targetLevel", "L8 is the framework's highest level")),
                TargetLevelRule.check(SEED, "L8", "L8", Archetype.ARCHITECT));
    }

    @Test
    void levelsTheFrameworkDoesNotHaveAreNamed() {
        List<FieldError> errors = TargetLevelRule.check(SEED, "L2", "L9", null);
        assertEquals(List.of("currentLevel", "targetLevel"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void theArchetypeRuleFollowsTheFrameworksData() {
        List<Level> archetypesFromL5 = List.of(new Level("L4", false), new Level("L5", true));
        assertEquals("archetype", TargetLevelRule.check(archetypesFromL5, "L4", "L5", null).get(0).field());
    }
}
