package com.careerplatform.promotion.leveling;

import com.careerplatform.kit.client.UpstreamAnswers;
import com.careerplatform.kit.problem.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks axis codes a packet names (its self-assessment, its evidence) against the axes the framework
 * gives the packet's target level, so that nothing counts toward readiness on an axis that does not exist.
 */
@ApplicationScoped
public class LevelAxes {

    private final FrameworkLevels frameworkLevels;

    LevelAxes(FrameworkLevels frameworkLevels) {
        this.frameworkLevels = frameworkLevels;
    }

    /** A field error for each of {@code codes} (sent as {@code field[i]}, or {@code field.CODE} for map keys) not an axis of the level. */
    public List<FieldError> unknown(String framework, String level, String field, List<String> codes, boolean keys) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        List<String> axes = UpstreamAnswers.ask(() -> frameworkLevels.requirements(framework, level),
                "Level " + level + " of framework '" + framework + "' is not published in leveling-service",
                "leveling-service cannot check the axes right now; nothing was written, retry shortly").axes();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!axes.contains(code)) {
                errors.add(new FieldError(keys ? field + "." + code : field + "[" + i + "]",
                        "is not an axis of " + framework + " " + level + "; the axes are " + String.join(", ", axes)));
            }
        }
        return errors;
    }
}
