package com.careerplatform.comp.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Pay is never cached: every comp-service answer, replays of idempotent writes included, says {@code no-store}. */
public class NoStoreAnswers {

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
