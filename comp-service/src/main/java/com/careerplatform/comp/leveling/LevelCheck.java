package com.careerplatform.comp.leveling;

import com.careerplatform.kit.problem.Problem.FieldError;
import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Refuses a write that names a level its framework does not have (400), and any write while
 * leveling-service cannot answer (503): comp data must not point at levels nobody can check.
 */
@ApplicationScoped
public class LevelCheck {

    private static final Logger LOG = Logger.getLogger(LevelCheck.class);

    private final LevelingLevels levels;

    LevelCheck(LevelingLevels levels) {
        this.levels = levels;
    }

    public void require(String framework, String level, String frameworkField, String levelField) {
        List<String> known;
        try {
            known = levels.levelCodes(framework);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new ProblemException(ProblemType.VALIDATION, "Unknown framework '" + framework + "'",
                        List.of(new FieldError(frameworkField, "leveling-service knows no framework '" + framework + "'")));
            }
            throw unavailable(e);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        if (!known.contains(level)) {
            String message = "must be one of the levels of " + framework + " " + known;
            throw new ProblemException(ProblemType.VALIDATION, "Field '" + levelField + "' " + message,
                    List.of(new FieldError(levelField, message)));
        }
    }

    private static ProblemException unavailable(Exception e) {
        LOG.warnf("leveling-service could not check a level: %s", e.toString());
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "leveling-service cannot confirm the level right now; nothing was written, retry shortly");
    }
}
