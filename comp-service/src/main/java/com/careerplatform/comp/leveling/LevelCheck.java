package com.careerplatform.comp.leveling;

import com.careerplatform.kit.client.UpstreamAnswers;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Refuses a write that names a level its framework does not have (400), and any write while
 * leveling-service cannot answer (503): comp data must not point at levels nobody can check.
 */
@ApplicationScoped
public class LevelCheck {

    private final LevelingLevels levels;

    LevelCheck(LevelingLevels levels) {
        this.levels = levels;
    }

    public void require(String framework, String level, String frameworkField, String levelField) {
        List<String> known = UpstreamAnswers.ask(() -> levels.levelCodes(framework),
                () -> new ProblemException(ProblemType.VALIDATION, "Unknown framework '" + framework + "'",
                        List.of(new FieldError(frameworkField, "leveling-service knows no framework '" + framework + "'"))),
                "leveling-service cannot confirm the level right now; nothing was written, retry shortly");
        if (!known.contains(level)) {
            String message = "must be one of the levels of " + framework + " " + known;
            throw new ProblemException(ProblemType.VALIDATION, "Field '" + levelField + "' " + message,
                    List.of(new FieldError(levelField, message)));
        }
    }
}
