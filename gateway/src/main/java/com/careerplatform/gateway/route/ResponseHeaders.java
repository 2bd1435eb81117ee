package com.careerplatform.gateway.route;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;

/**
 * Headers every API answer leaves the gateway with, the gateway's own problems included: no MIME
 * sniffing, no framing, no referrer, HSTS when the exchange came over TLS, {@code no-store} unless the
 * service marked the answer cacheable itself (published framework versions are; HR data never is), and
 * {@code Vary: Origin}, because CORS makes the answer differ by the caller's origin: a shared cache must not
 * hand one origin's answer to another.
 */
final class ResponseHeaders {

    // Header names and values written on every answer, hashed and encoded once (Vert.x's optimized headers).
    private static final CharSequence CONTENT_TYPE_OPTIONS = HttpHeaders.createOptimized("X-Content-Type-Options");
    private static final CharSequence NOSNIFF = HttpHeaders.createOptimized("nosniff");
    private static final CharSequence FRAME_OPTIONS = HttpHeaders.createOptimized("X-Frame-Options");
    private static final CharSequence DENY = HttpHeaders.createOptimized("DENY");
    private static final CharSequence REFERRER_POLICY = HttpHeaders.createOptimized("Referrer-Policy");
    private static final CharSequence NO_REFERRER = HttpHeaders.createOptimized("no-referrer");
    private static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");
    private static final CharSequence ORIGIN = HttpHeaders.createOptimized("Origin");
    private static final CharSequence STRICT_TRANSPORT_SECURITY = HttpHeaders.createOptimized("Strict-Transport-Security");
    private static final CharSequence ONE_YEAR_WITH_SUBDOMAINS = HttpHeaders.createOptimized("max-age=31536000; includeSubDomains");

    private ResponseHeaders() {
    }

    static void protect(RoutingContext ctx) {
        boolean secure = ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"));
        ctx.addHeadersEndHandler(ended -> {
            MultiMap headers = ctx.response().headers();
            headers.set(CONTENT_TYPE_OPTIONS, NOSNIFF);
            headers.set(FRAME_OPTIONS, DENY);
            headers.set(REFERRER_POLICY, NO_REFERRER);
            if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
            String vary = headers.get(HttpHeaders.VARY);
            if (vary == null || vary.isBlank()) {
                headers.set(HttpHeaders.VARY, ORIGIN);
            } else if (Arrays.stream(vary.split(",")).map(String::strip).noneMatch("Origin"::equalsIgnoreCase)) {
                headers.set(HttpHeaders.VARY, vary + ", Origin");
            }
            if (secure) {
                headers.set(STRICT_TRANSPORT_SECURITY, ONE_YEAR_WITH_SUBDOMAINS);
            }
        });
    }
}
