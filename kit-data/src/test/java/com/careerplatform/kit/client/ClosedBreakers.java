package com.careerplatform.kit.client;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Every {@code @QuarkusTest} of a service starts with its circuit breakers closed: a test that meets a
 * broken upstream on purpose opens them, and the next test must not inherit that, while the breakers keep
 * their production thresholds.
 */
public class ClosedBreakers implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
    }
}
