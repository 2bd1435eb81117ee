package com.careerplatform.kit.client;

import com.careerplatform.kit.problem.ProblemException;
import com.careerplatform.kit.problem.ProblemType;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Turns a question to another service (through its fault-tolerant REST client) into the answer our own
 * caller gets: the result; the caller's problem when the other service does not know what was asked
 * about (404); a 503 when it cannot answer (down, slow, breaker open), so that the caller retries
 * rather than acting on a guess.
 */
public final class UpstreamAnswers {

    private static final Logger LOG = Logger.getLogger(UpstreamAnswers.class);

    private UpstreamAnswers() {
    }

    /** As {@link #ask(Supplier, Supplier, String)}, with a 422 saying {@code whenUnknown}. */
    public static <T> T ask(Supplier<T> question, String whenUnknown, String whenUnavailable) {
        return ask(question, () -> new ProblemException(ProblemType.UNPROCESSABLE, whenUnknown), whenUnavailable);
    }

    public static <T> T ask(Supplier<T> question, Supplier<ProblemException> whenUnknown, String whenUnavailable) {
        try {
            return question.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw whenUnknown.get();
            }
            throw unavailable(whenUnavailable, e);
        } catch (RuntimeException e) {
            throw unavailable(whenUnavailable, e);
        }
    }

    private static ProblemException unavailable(String detail, RuntimeException cause) {
        LOG.warnf("another service did not answer: %s", cause.toString());
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail);
    }
}
