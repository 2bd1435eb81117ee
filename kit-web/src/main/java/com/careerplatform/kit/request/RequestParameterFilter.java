package com.careerplatform.kit.request;

import com.careerplatform.kit.problem.ProblemResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses, before any resource runs, a request whose path or query parameters break {@link RequestParameters}. */
public class RequestParameterFilter {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        return RequestParameters.problem(path, uri.getQueryParameters()).map(ProblemResponses::of);
    }
}
