package com.careerplatform.gateway.route;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each upstream in the gateway's readiness: how many of its instances are in rotation. The
 * gateway stays ready while an upstream is out (its other routes still serve), so the check is UP; the
 * data says which upstreams answer 503 at the moment.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements HealthCheck {

    private final RouteTable table;

    UpstreamReadiness(RouteTable table) {
        this.table = table;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
        table.upstreams().forEach((name, pool) -> response.withData(name,
                pool.inRotation() + " of " + pool.instances().size() + " instances in rotation"));
        return response.build();
    }
}
