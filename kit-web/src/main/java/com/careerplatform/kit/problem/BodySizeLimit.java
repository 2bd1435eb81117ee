package com.careerplatform.kit.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body over {@code quarkus.http.limits.max-body-size} with a 413 problem. Quarkus' own
 * check (route order -2) answers with an empty body; this one runs just before it. A chunked body without
 * Content-Length still meets Quarkus' check when it grows past the limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final int BEFORE_QUARKUS_UPLOAD_LIMIT = -3;

    void install(@Observes Router router, ProblemWriter problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(BEFORE_QUARKUS_UPLOAD_LIMIT).handler(ctx -> {
            if (declaredLength(ctx.request().getHeader("Content-Length")) > max) {
                ctx.response().putHeader("Connection", "close");
                problems.write(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + max + " bytes");
                return;
            }
            ctx.next();
        });
    }

    /** A request's Content-Length header as a number; -1 when it has none or it is not a number. */
    public static long declaredLength(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
