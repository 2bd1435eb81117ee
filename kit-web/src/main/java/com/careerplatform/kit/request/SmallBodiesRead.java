package com.careerplatform.kit.request;

import com.careerplatform.kit.problem.BodySizeLimit;
import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads a small request body (a declared Content-Length up to {@value #UP_TO} bytes) in full on the event loop,
 * before the operation runs. Quarkus REST reads a blocking operation's body on its worker thread from a stream
 * that the event loop fills, so for every write the worker waited and the event loop woke it (3% of a
 * decision submission's CPU in leveling-service). A larger or chunked body still streams, so that a caller
 * who is refused at authentication never has more than this held in memory. The gateway relays bodies itself
 * and switches this off ({@code career.http.small-bodies-read=false}).
 * <p>
 * HTTP/1.x only: Quarkus REST pauses every request it takes on, and Vert.x refuses to pause an HTTP/2 request
 * that has been read to its end (quarkusio/quarkus#34393), so an HTTP/2 body always streams.
 */
@ApplicationScoped
@IfBuildProperty(name = "career.http.small-bodies-read", stringValue = "true", enableIfMissing = true)
public class SmallBodiesRead {

    static final int UP_TO = 16 * 1024;
    /** After BodySizeLimit (-3) and Quarkus' own limit (-2), before the REST routes. */
    private static final int AFTER_BODY_SIZE_LIMITS = -1;

    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(UP_TO);
        router.route().order(AFTER_BODY_SIZE_LIMITS).handler(ctx -> {
            if (ctx.request().version() != HttpVersion.HTTP_2
                    && isSmall(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
                bodies.handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    static boolean isSmall(String contentLength) {
        long length = BodySizeLimit.declaredLength(contentLength);
        return length > 0 && length <= UP_TO;
    }
}
