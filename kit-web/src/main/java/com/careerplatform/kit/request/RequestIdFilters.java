package com.careerplatform.kit.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Carries the gateway's X-Request-Id through a service: into the log context (the console format prints
 * it on every line) and back on the response, so one id follows a call across the platform.
 */
public class RequestIdFilters {

    private static final String PROPERTY = "careerplatform.requestId";

    @ServerRequestFilter(preMatching = true)
    public void capture(ContainerRequestContext request) {
        String id = RequestIds.accept(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(PROPERTY, id);
        MDC.put(RequestIds.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
        MDC.remove(RequestIds.MDC_KEY);
    }
}
