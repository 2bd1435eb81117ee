package com.careerplatform.promotion.packet;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.promotion.leveling.FrameworkLevels.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * A packet aims exactly one level above the current one in its framework, and names a staff archetype
 * where the framework lists archetypes for the target level (the seed: L6 and above). Rules come from
 * the framework's data, not from constants here.
 */
final class TargetLevelRule {

    private TargetLevelRule() {
    }

    static List<FieldError> check(List<Level> levels, String current, String target, Archetype archetype) {
        List<String> codes = levels.stream().map(Level::code).toList();
        List<FieldError> errors = new ArrayList<>();
        int from = codes.indexOf(current);
        int to = codes.indexOf(target);
        if (from < 0) {
            errors.add(new FieldError("currentLevel", "must be one of the framework's levels " + codes));
        }
        if (to < 0) {
            errors.add(new FieldError("targetLevel", "must be one of the framework's levels " + codes));
        }
        if (from >= 0 && to >= 0 && to != from + 1) {
            errors.add(new FieldError("targetLevel", from + 1 < codes.size()
                    ? "must be the level right above " + current + ", which is " + codes.get(from + 1)
                    : current + " is the framework's highest level"));
        }
        if (to >= 0 && levels.get(to).staffArchetypeRequired() && archetype == null) {
            errors.add(new FieldError("archetype", "is required for " + target
                    + ": one of TECH_LEAD, ARCHITECT, SOLVER, RIGHT_HAND"));
        }
        return errors;
    }
}
