package com.careerplatform.gateway.route;

import io.vertx.core.MultiMap;
import java.util.Arrays;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every API answer leaves the gateway with, the gateway's own problems included: no MIME
 * sniffing, no framing, no referrer, HSTS when the exchange came over TLS, {@code no-store} unless the
 * service marked the answer cacheable itself (published framework versions are; HR data never is), and
 * {@code Vary: Origin}, because CORS makes the answer differ by the caller's origin: a shared cache must not
 * hand one origin's answer to another.
 */
final class ResponseHeaders {

    private ResponseHeaders() {
    }

    static void protect(RoutingContext ctx) {
        boolean secure = ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
        ctx.addHeadersEndHandler(ended -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            if (!headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
            String vary = headers.get("Vary");
            if (vary == null || vary.isBlank()) {
                headers.set("Vary", "Origin");
            } else if (Arrays.stream(vary.split(",")).map(String::strip).noneMatch("Origin"::equalsIgnoreCase)) {
                headers.set("Vary", vary + ", Origin");
            }
            if (secure) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        });
    }
}
