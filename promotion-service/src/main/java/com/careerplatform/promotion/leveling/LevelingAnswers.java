package com.careerplatform.promotion.leveling;

import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Turns a question to leveling-service into the answer our own caller gets: the result; a 422 when
 * leveling-service does not know the framework or level asked about; a 503 when it cannot answer (down,
 * slow, breaker open), so that the caller retries rather than acting on a guess.
 */
public final class LevelingAnswers {

    private static final Logger LOG = Logger.getLogger(LevelingAnswers.class);

    private LevelingAnswers() {
    }

    public static <T> T ask(Supplier<T> question, String whenUnknown, String whenUnavailable) {
        try {
            return question.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, whenUnknown);
            }
            throw unavailable(whenUnavailable, e);
        } catch (RuntimeException e) {
            throw unavailable(whenUnavailable, e);
        }
    }

    private static ProblemException unavailable(String detail, RuntimeException cause) {
        LOG.warnf("leveling-service did not answer: %s", cause.toString());
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail);
    }
}
