package com.careerplatform.promotion.leveling;

import com.careerplatform.kit.security.BearerTokens;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A person's manager and current level as leveling-service's people record has them, asked with the
 * caller's token, a timeout, one retry and a circuit breaker: the only source of a packet's current level
 * and manager. The record answers only those who may read it (the person, their manager, hr-admin), so
 * its 404 also means "not yours to see". An answer from leveling-service (even a 404) is not retried.
 */
@ApplicationScoped
public class PeopleRecord {

    /** What a packet takes from the record; {@code level} and {@code managerId} may be null. */
    public record Person(String employeeId, String managerId, String framework, String level) {
    }

    private final LevelingApi api;
    private final SecurityIdentity identity;

    PeopleRecord(@RestClient LevelingApi api, SecurityIdentity identity) {
        this.api = api;
        this.identity = identity;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    @CircuitBreakerName("leveling-people-record")
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public Person of(String employeeId) {
        LevelingApi.Person found = api.person(employeeId, BearerTokens.authorization(identity));
        return new Person(found.employeeId(), found.managerId(), found.framework(), found.level());
    }
}
