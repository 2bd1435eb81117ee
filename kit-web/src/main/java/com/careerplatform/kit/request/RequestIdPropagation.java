package com.careerplatform.kit.request;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/**
 * Sends the X-Request-Id of the request being served on every call a REST client makes for it, so that
 * the other service logs the same id and one call can be followed across the platform.
 */
@Provider
public class RequestIdPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIds.MDC_KEY);
        if (id != null && !request.getHeaders().containsKey(RequestIds.HEADER)) {
            request.getHeaders().putSingle(RequestIds.HEADER, id.toString());
        }
    }
}
