package com.careerplatform.comp.leveling;

import com.careerplatform.kit.client.UpstreamAnswers;
import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Refuses a write that names a level its framework does not have (400), a person's level that is not the
 * one the people record has for them on the day (422), and any write while leveling-service cannot answer
 * (503): comp data must not point at levels nobody can check, nor trust what a caller types about a person.
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

    /** {@code level} in {@code framework} is the person's level on {@code day} in the people record, or a 422 saying what it is. */
    public void requireRecorded(String employeeId, String framework, String level, LocalDate day, String levelField) {
        LevelingLevels.RecordedLevel recorded = UpstreamAnswers.ask(() -> levels.recordedLevel(employeeId, day),
                () -> new ProblemException(ProblemType.UNPROCESSABLE, "The people record has no " + employeeId
                        + "; pay follows the level recorded there (HR provisions people over SCIM)"),
                "leveling-service cannot confirm the person's level right now; nothing was written, retry shortly");
        if (recorded.level() == null) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, employeeId + " holds no level in the people record on "
                    + day, List.of(new FieldError(levelField, "the person holds no level on " + day)));
        }
        if (!recorded.level().equals(level) || !recorded.framework().equals(framework)) {
            String message = "must be " + recorded.level() + " in " + recorded.framework() + ", " + employeeId
                    + "'s level on " + day + " in the people record";
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Field '" + levelField + "' " + message,
                    List.of(new FieldError(levelField, message)));
        }
    }
}
