package com.careerplatform.kit.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds JAX-RS responses carrying a {@link Problem} with the problem+json media type. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(problem)
                .build();
    }

    /** The problem's {@code instance}: the request's path. */
    public static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
