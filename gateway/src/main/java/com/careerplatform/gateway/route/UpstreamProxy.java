package com.careerplatform.gateway.route;

import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.problem.ProblemWriter;
import com.careerplatform.kit.request.RequestIds;
import com.careerplatform.kit.security.IdentityProviderFailures;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Serves {@code /api/v1/**}: finds the route, checks the bearer token and the route's roles, and relays
 * the exchange to an upstream instance. An upstream that refuses the connection is a 503, one that stays
 * silent past {@code gateway.timeout} a 504, one that breaks the exchange a 502 — never a hang.
 */
@ApplicationScoped
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);
    private static final Logger SECURITY = Logger.getLogger("security");

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private final GatewayConfig config;
    private final RouteTable table;
    private final ProblemWriter problems;
    private final IdentityProviderManager identities;
    private final HttpClient client;

    UpstreamProxy(GatewayConfig config, Vertx vertx, ProblemWriter problems, IdentityProviderManager identities) {
        this.config = config;
        this.table = new RouteTable(config);
        this.problems = problems;
        this.identities = identities;
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream()));
    }

    void install(@Observes Router router) {
        router.route("/api/v1/*")
                .handler(BodyHandler.create(false).setBodyLimit(config.maxBodySize().asLongValue()))
                .handler(this::handle)
                .failureHandler(this::failed);
    }

    private void handle(RoutingContext ctx) {
        String requestId = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        String path = ctx.normalizedPath();
        Optional<RouteTable.Route> route = table.match(path);
        if (route.isEmpty()) {
            problems.write(ctx, ProblemType.NOT_FOUND, "No API is served at " + path);
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, identities).subscribe().with(
                identity -> authorize(ctx, route.get(), identity, requestId),
                failure -> refuseToken(ctx, failure));
    }

    private void authorize(RoutingContext ctx, RouteTable.Route route, SecurityIdentity identity, String requestId) {
        if (identity.isAnonymous()) {
            SECURITY.infof("401 %s %s request=%s: no bearer token", ctx.request().method(), ctx.normalizedPath(), requestId);
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            problems.write(ctx, ProblemType.UNAUTHENTICATED, "A bearer token is required");
            return;
        }
        if (route.roles().stream().noneMatch(identity::hasRole)) {
            SECURITY.infof("403 %s %s request=%s user=%s: lacks %s", ctx.request().method(), ctx.normalizedPath(),
                    requestId, identity.getPrincipal().getName(), route.roles());
            problems.write(ctx, ProblemType.FORBIDDEN, "Your roles do not allow calls to " + route.prefix());
            return;
        }
        forward(ctx, route, requestId);
    }

    /** Both the identity's subscriber and Quarkus (through ctx.fail) report a failed authentication: answer once. */
    private void refuseToken(RoutingContext ctx, Throwable failure) {
        if (ctx.response().headWritten()) {
            return;
        }
        String requestId = ctx.response().headers().get(RequestIds.HEADER);
        if (IdentityProviderFailures.isProviderUnavailable(failure)) {
            LOG.warnf("request=%s: identity provider unavailable: %s", requestId, failure.getMessage());
            problems.write(ctx, ProblemType.SERVICE_UNAVAILABLE,
                    "The identity provider cannot be reached to check your token; retry shortly");
            return;
        }
        SECURITY.infof("401 %s %s request=%s: token rejected", ctx.request().method(), ctx.normalizedPath(), requestId);
        ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        problems.write(ctx, ProblemType.UNAUTHENTICATED, "The bearer token is expired or not valid for this platform");
    }

    private void forward(RoutingContext ctx, RouteTable.Route route, String requestId) {
        HttpServerRequest incoming = ctx.request();
        String base = route.pickBaseUrl();
        String query = incoming.query();
        RequestOptions options = new RequestOptions()
                .setMethod(incoming.method())
                .setAbsoluteURI(base + ctx.normalizedPath() + (query == null ? "" : "?" + query))
                .setHeaders(forwardedHeaders(incoming, requestId))
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.timeout().toMillis());
        Buffer body = ctx.body().buffer();
        client.request(options)
                .compose(request -> body == null || body.length() == 0 ? request.send() : request.send(body))
                .compose(response -> response.body().map(payload -> {
                    relay(ctx, response.statusCode(), response.headers(), payload);
                    return payload;
                }))
                .onFailure(failure -> upstreamFailed(ctx, route, failure, requestId));
    }

    private static MultiMap forwardedHeaders(HttpServerRequest incoming, String requestId) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        incoming.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        headers.set(RequestIds.HEADER, requestId);
        headers.set("X-Forwarded-For", incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().hostAddress());
        headers.set("X-Forwarded-Proto", incoming.scheme());
        if (incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }
        return headers;
    }

    private static void relay(RoutingContext ctx, int status, MultiMap headers, Buffer payload) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status);
        headers.forEach(header -> {
            String name = header.getKey().toLowerCase();
            if (!HOP_BY_HOP.contains(name) && !name.equals(RequestIds.HEADER.toLowerCase())) {
                ctx.response().headers().add(header.getKey(), header.getValue());
            }
        });
        ctx.response().end(payload);
    }

    private void upstreamFailed(RoutingContext ctx, RouteTable.Route route, Throwable failure, String requestId) {
        if (ctx.response().ended()) {
            return;
        }
        LOG.warnf("request=%s upstream=%s: %s", requestId, route.upstream(), failure.toString());
        if (failure instanceof TimeoutException) {
            problems.write(ctx, ProblemType.UPSTREAM_TIMEOUT, "The " + route.upstream() + " service did not answer within "
                    + config.timeout().toMillis() + " ms");
        } else if (failure instanceof ConnectException) {
            ctx.response().putHeader("Retry-After", "5");
            problems.write(ctx, ProblemType.SERVICE_UNAVAILABLE, "The " + route.upstream() + " service cannot be reached");
        } else {
            problems.write(ctx, ProblemType.UPSTREAM_UNAVAILABLE, "The " + route.upstream()
                    + " service broke off the exchange");
        }
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
