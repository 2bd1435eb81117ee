package com.careerplatform.comp.leveling;

import com.careerplatform.kit.security.BearerTokens;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks leveling-service for a framework's current level codes and for a person's level on a day (the
 * people record), with the caller's token, a timeout, one retry and a circuit breaker. An answer from
 * leveling-service (even a 404) is not retried.
 */
@ApplicationScoped
public class LevelingLevels {

    private final LevelingApi api;
    private final SecurityIdentity identity;

    LevelingLevels(@RestClient LevelingApi api, SecurityIdentity identity) {
        this.api = api;
        this.identity = identity;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreakerName("leveling-level-codes")
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public List<String> levelCodes(String framework) {
        return api.framework(framework, BearerTokens.authorization(identity)).levels().stream()
                .map(LevelingApi.Level::code)
                .toList();
    }

    /** The person's framework and level on {@code day} in the people record. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreakerName("leveling-recorded-level")
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public RecordedLevel recordedLevel(String employeeId, LocalDate day) {
        LevelingApi.Person person = api.person(employeeId, day, BearerTokens.authorization(identity));
        return new RecordedLevel(person.framework(), person.level());
    }

    /** A person's framework and their level on a day in the people record; {@code level} null when they held none. */
    public record RecordedLevel(String framework, String level) {
    }

}
