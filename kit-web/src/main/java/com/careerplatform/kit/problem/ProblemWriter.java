package com.careerplatform.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a request at the Vert.x level (before or outside Quarkus REST) with an RFC 9457 problem, or
 * under {@code /scim/} with the same refusal as a SCIM error ({@link ScimErrors}).
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper mapper;

    ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void write(RoutingContext ctx, ProblemType type, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.request().connection().close();
            return;
        }
        Problem problem = Problem.of(type, detail, ctx.normalizedPath());
        boolean scim = ScimErrors.appliesTo(ctx.normalizedPath());
        String body;
        try {
            body = mapper.writeValueAsString(scim ? ScimErrors.of(problem) : problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be serialised", e);
        }
        response.setStatusCode(type.status())
                .putHeader("Content-Type", scim ? ScimErrors.MEDIA_TYPE : Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(body);
    }
}
