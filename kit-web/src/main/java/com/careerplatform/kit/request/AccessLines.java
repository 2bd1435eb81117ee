package com.careerplatform.kit.request;

import io.opentelemetry.api.trace.Span;
import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A service's access log: a line for every request once its answer is sent (or its caller gone, status 499 as
 * nginx logs it), written in batches by {@link AccessLog} instead of Quarkus' access log. The trace is the one
 * the request continues (the gateway's). The gateway logs its API exchanges itself and switches this off
 * ({@code career.http.access-lines=false}).
 */
@ApplicationScoped
@IfBuildProperty(name = "career.http.access-lines", stringValue = "true", enableIfMissing = true)
public class AccessLines {

    /** Before any other route, so that a request refused by one (a malformed token, a body too large) has its line. */
    private static final int FIRST = -100;

    void install(@Observes Router router, AccessLog log) {
        router.route().order(FIRST).handler(ctx -> {
            long started = System.nanoTime();
            String traceId = Span.current().getSpanContext().getTraceId();
            ctx.addEndHandler(ended -> log.record(ctx.request(), AccessLog.statusOf(ctx.response()),
                    ctx.response().bytesWritten(), System.nanoTime() - started, requestId(ctx), traceId));
            ctx.next();
        });
    }

    private static String requestId(RoutingContext ctx) {
        String id = ctx.response().headers().get(RequestIds.HEADER);
        return id == null ? "-" : id;
    }
}
