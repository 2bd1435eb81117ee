package com.careerplatform.gateway.route;

import com.careerplatform.gateway.ratelimit.ClientRateLimiter;
import com.careerplatform.gateway.ratelimit.RateLimitDecision;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.problem.ProblemWriter;
import com.careerplatform.kit.request.AccessLog;
import com.careerplatform.kit.request.RequestIds;
import com.careerplatform.kit.security.BearerTokenShape;
import com.careerplatform.kit.security.IdentityProviderFailures;
import com.careerplatform.kit.security.VerifiedTokens;
import io.opentelemetry.api.trace.Span;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Serves {@code /api/v1/**} and {@code /scim/v2/**} (HR systems' provisioning, whose refusals are SCIM
 * errors): gives the exchange its request id (in every log line, and passed on),
 * finds the route, checks the bearer token, the client's rate limit and the route's roles, and hands
 * the exchange to the {@link Forwarder}. Requests without a valid token count against their address's
 * rate limit. Every refusal is a problem and goes to the security log with subject, client, route and
 * request id, never the token; every answer past the token check carries the caller's RateLimit headers.
 */
@ApplicationScoped
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);
    private static final Logger SECURITY = Logger.getLogger("security");
    /** The MDC key of the trace id, which every log format prints (as Quarkus' OpenTelemetry names it). */
    private static final String TRACE_ID_MDC_KEY = "traceId";

    private final GatewayConfig config;
    private final RouteTable table;
    private final Forwarder forwarder;
    private final ClientRateLimiter rateLimiter;
    private final ProblemWriter problems;
    private final IdentityProviderManager identities;
    private final VerifiedTokens verifiedTokens;
    private final ExchangeTimers timers;
    private final AccessLog accessLog;
    private final ExchangeTraces traces;

    UpstreamProxy(GatewayConfig config, RouteTable table, Forwarder forwarder, ClientRateLimiter rateLimiter,
            ProblemWriter problems, IdentityProviderManager identities, VerifiedTokens verifiedTokens,
            ExchangeTimers timers, AccessLog accessLog, ExchangeTraces traces) {
        this.config = config;
        this.table = table;
        this.forwarder = forwarder;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
        this.identities = identities;
        this.verifiedTokens = verifiedTokens;
        this.timers = timers;
        this.accessLog = accessLog;
        this.traces = traces;
    }

    /**
     * Order -1: right after Quarkus' own filters and its upload limit (-2), so that an API request is not
     * matched against the routes of the portal's pages, the documentation and the health checks first.
     */
    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(config.maxBodySize().asLongValue());
        for (String api : new String[] {"/api/v1/*", "/scim/v2/*"}) {
            router.route(api).order(-1)
                    .handler(ctx -> {
                        if (mayHaveBody(ctx.request())) {
                            bodies.handle(ctx);
                        } else {
                            ctx.next();
                        }
                    })
                    .handler(this::handle)
                    .failureHandler(this::failed);
        }
    }

    /** An HTTP/1.1 request has a body only when it declares one (RFC 9112, 6.3): the others skip the body handler. */
    private static boolean mayHaveBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length != null && !"0".equals(length) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        String requestId = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        String path = ctx.normalizedPath();
        Optional<RouteTable.Route> route = table.match(path);
        Span span = traces.start(ctx.request().method().name(), path, ctx.request().headers(),
                route.map(RouteTable.Route::prefix).orElse("unrouted"));
        MDC.put(RequestIds.MDC_KEY, requestId);
        MDC.put(TRACE_ID_MDC_KEY, span.getSpanContext().getTraceId());
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        ResponseHeaders.protect(ctx);
        String routeName = route.map(RouteTable.Route::name).orElse("none");
        ctx.addEndHandler(ended -> finished(ctx, routeName, requestId, span, started));
        if (ctx.request().uri().length() > config.maxUriLength()) {
            problems.write(ctx, ProblemType.URI_TOO_LONG, "The request URI is longer than " + config.maxUriLength()
                    + " characters; send long input in a body");
            return;
        }
        if (headerSize(ctx) > config.maxHeaderSize()) {
            problems.write(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than "
                    + config.maxHeaderSize() + " bytes");
            return;
        }
        String query = ctx.request().query();
        if (query != null && query.contains("access_token") && ctx.queryParams().contains("access_token")) {
            refuseUnauthenticated(ctx, "token in the query string", "Bearer error=\"invalid_request\"",
                    "A token in the URL is refused (URLs end up in logs); send it in the Authorization header");
            return;
        }
        String authorization = ctx.request().getHeader("Authorization");
        // A token verified before passed this scan then: its bytes are the cache's key. Taken straight from there, it
        // skips Quarkus' authentication chain; anything else goes through the chain.
        Optional<SecurityIdentity> verifiedBefore = verifiedTokens.findBearer(authorization);
        if (verifiedBefore.isEmpty() && BearerTokenShape.malformed(authorization)) {
            refuseUnauthenticated(ctx, "malformed bearer token", "Bearer error=\"invalid_token\"",
                    "The bearer token is not a well-formed JWT");
            return;
        }
        if (route.isEmpty()) {
            if (anonymousWithinLimit(ctx)) {
                problems.write(ctx, ProblemType.NOT_FOUND, "No API is served at " + path);
            }
            return;
        }
        if (verifiedBefore.isPresent()) {
            authorize(ctx, route.get(), verifiedBefore.get(), span);
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, identities).subscribe().with(
                identity -> authorize(ctx, route.get(), identity, span),
                failure -> refuseToken(ctx, failure));
    }

    private void authorize(RoutingContext ctx, RouteTable.Route route, SecurityIdentity identity, Span span) {
        if (identity.isAnonymous()) {
            refuseUnauthenticated(ctx, "no bearer token (route " + route.name() + ")", "Bearer", "A bearer token is required");
            return;
        }
        String client = client(identity);
        String subject = identity.getPrincipal().getName();
        RateLimitDecision limit = rateLimiter.acquire(route.name() + " " + client + " " + subject,
                route.requestsPerSecond(), route.burst());
        limit.writeTo(ctx.response().headers());
        if (!limit.allowed()) {
            SECURITY.infof("429 %s %s route=%s subject=%s client=%s: over %d requests/s", ctx.request().method(),
                    ctx.normalizedPath(), route.name(), subject, client, route.requestsPerSecond());
            problems.write(ctx, ProblemType.TOO_MANY_REQUESTS, "More than " + route.requestsPerSecond()
                    + " requests a second to " + route.prefix() + "; slow down");
            return;
        }
        if (route.roles().stream().noneMatch(identity::hasRole)) {
            SECURITY.infof("403 %s %s route=%s subject=%s client=%s: lacks %s", ctx.request().method(),
                    ctx.normalizedPath(), route.name(), subject, client, route.roles());
            problems.write(ctx, ProblemType.FORBIDDEN, "Your roles do not allow calls to " + route.prefix());
            return;
        }
        forwarder.forward(ctx, route, ctx.response().headers().get(RequestIds.HEADER), span);
    }

    /** A 401 with its challenge, logged as a security event; a 429 instead when the address is over its limit. */
    private void refuseUnauthenticated(RoutingContext ctx, String reason, String challenge, String detail) {
        if (!anonymousWithinLimit(ctx)) {
            return;
        }
        SECURITY.infof("401 %s %s: %s", ctx.request().method(), ctx.normalizedPath(), reason);
        ctx.response().putHeader("WWW-Authenticate", challenge);
        problems.write(ctx, ProblemType.UNAUTHENTICATED, detail);
    }

    /**
     * Counts a request without a valid token against its remote address's bucket; false (and a 429
     * answered) when the address is over its limit, so that guessing tokens or paths stays slow.
     */
    private boolean anonymousWithinLimit(RoutingContext ctx) {
        String address = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
        RateLimitDecision limit = rateLimiter.acquire("anonymous " + address,
                config.anonymousRateLimit().requestsPerSecond(), config.anonymousRateLimit().burst());
        limit.writeTo(ctx.response().headers());
        if (limit.allowed()) {
            return true;
        }
        SECURITY.infof("429 %s %s address=%s: over %d requests/s without a valid token", ctx.request().method(),
                ctx.normalizedPath(), address, config.anonymousRateLimit().requestsPerSecond());
        problems.write(ctx, ProblemType.TOO_MANY_REQUESTS, "Too many requests without a valid token; slow down");
        return false;
    }

    private static int headerSize(RoutingContext ctx) {
        int size = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            size += header.getKey().length() + header.getValue().length();
        }
        return size;
    }

    /** The OAuth2 client the token was issued to; tests' identities carry none. */
    private static String client(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("azp") != null) {
            return token.getClaim("azp").toString();
        }
        return "-";
    }

    /** Both the identity's subscriber and Quarkus (through ctx.fail) report a failed authentication: answer once. */
    private void refuseToken(RoutingContext ctx, Throwable failure) {
        if (ctx.response().headWritten()) {
            return;
        }
        if (IdentityProviderFailures.isProviderUnavailable(failure)) {
            LOG.warnf("identity provider unavailable: %s", failure.getMessage());
            problems.write(ctx, ProblemType.SERVICE_UNAVAILABLE,
                    "The identity provider cannot be reached to check your token; retry shortly");
            return;
        }
        refuseUnauthenticated(ctx, "token rejected", "Bearer error=\"invalid_token\"",
                "The bearer token is expired or not valid for this platform");
    }

    /**
     * The exchange's timer, access-log line and span, whatever its answer. A caller that closed the connection
     * before the answer counts as status 499, as nginx logs it.
     */
    private void finished(RoutingContext ctx, String route, String requestId, Span span, long started) {
        long nanos = System.nanoTime() - started;
        int status = AccessLog.statusOf(ctx.response());
        timers.record(route, ctx.request().method().name(), status, nanos);
        accessLog.record(ctx.request(), status, ctx.response().bytesWritten(), nanos, requestId,
                span.getSpanContext().getTraceId());
        traces.end(span, status);
    }

    private void failed(RoutingContext ctx) {
        if (ctx.failure() instanceof AuthenticationFailedException
                || IdentityProviderFailures.isProviderUnavailable(ctx.failure())) {
            refuseToken(ctx, ctx.failure());
            return;
        }
        switch (ctx.statusCode()) {
            case 413 -> problems.write(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + config.maxBodySize().asLongValue() + " bytes");
            case 400 -> problems.write(ctx, ProblemType.MALFORMED_BODY, "The request cannot be read");
            default -> {
                LOG.error("gateway failure on " + ctx.normalizedPath(), ctx.failure());
                problems.write(ctx, ProblemType.INTERNAL, "The gateway failed to handle the request");
            }
        }
    }
}
