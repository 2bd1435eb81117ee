package com.careerplatform.gateway.route;

import com.careerplatform.gateway.upstream.UpstreamInstance;
import com.careerplatform.gateway.upstream.UpstreamPool;
import com.careerplatform.kit.problem.ProblemType;
import com.careerplatform.kit.problem.ProblemWriter;
import com.careerplatform.kit.request.RequestIds;
import io.github.bucket4j.Bucket;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Relays one authorized exchange to an instance of the route's upstream. An idempotent request whose
 * connection is refused, closed or reset before an answer (a pooled connection to an instance that has
 * just stopped), or that gets a 503, is tried again on another instance when there is one,
 * within a retry budget per upstream (so that retries cannot multiply an outage's load). A refused
 * connection, a timeout or a broken exchange counts against the instance (see UpstreamPool); every
 * failure is a problem naming the upstream, never a hang.
 */
@Singleton
public class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);

    /**
     * Compared ignoring case, without a lower-cased copy of every header name of every exchange. HTTP/2 refuses
     * a request that carries one of the connection's own headers, {@code Proxy-Connection} too.
     */
    private static final Set<String> HOP_BY_HOP = ignoringCase("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length");
    /**
     * What a caller may say about where a request came from, which the services believe of the gateway: the
     * gateway says it itself (a caller's {@code X-Forwarded-Host} would otherwise name the host of the links a
     * service builds).
     */
    private static final Set<String> FORWARDING = ignoringCase("forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-ssl", "x-forwarded-trusted-proxy");

    private static final CharSequence X_FORWARDED_FOR = HttpHeaders.createOptimized("X-Forwarded-For");
    private static final CharSequence X_FORWARDED_PROTO = HttpHeaders.createOptimized("X-Forwarded-Proto");
    private static final CharSequence HTTPS = HttpHeaders.createOptimized("https");

    private final GatewayConfig config;
    private final ProblemWriter problems;
    private final ExchangeTraces traces;
    private final Map<String, Bucket> retryBudgets = new ConcurrentHashMap<>();
    private final UpstreamClients clients;

    Forwarder(GatewayConfig config, ProblemWriter problems, ExchangeTraces traces, UpstreamClients clients) {
        this.config = config;
        this.problems = problems;
        this.traces = traces;
        this.clients = clients;
    }

    void forward(RoutingContext ctx, RouteTable.Route route, String requestId, Span span) {
        attempt(ctx, route, new Exchange(requestId, span), 1, null);
    }

    /** What every attempt of one exchange sends along: its request id and the gateway's span. */
    private record Exchange(String requestId, Span span) {
    }

    private void attempt(RoutingContext ctx, RouteTable.Route route, Exchange exchange, int attempt, UpstreamInstance avoid) {
        UpstreamPool pool = route.upstream();
        UpstreamPool.LeaseOrRefusal leased = pool.lease(avoid);
        if (leased.lease().isEmpty()) {
            refuse(ctx, pool, leased.refusal());
            return;
        }
        UpstreamPool.Lease lease = leased.lease().get();
        HttpServerRequest incoming = ctx.request();
        String query = incoming.query();
        RequestOptions options = lease.instance()
                .target(query == null ? ctx.normalizedPath() : ctx.normalizedPath() + "?" + query)
                .setMethod(incoming.method())
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(route.timeout().toMillis());
        Buffer body = ctx.body().buffer();
        boolean hasBody = body != null && body.length() > 0;
        clients.forExchange(hasBody).request(options)
                .compose(request -> {
                    forwardHeaders(incoming, exchange, request);
                    return hasBody ? request.send(body) : request.send();
                })
                .compose(response -> response.body().map(payload -> {
                    answered(ctx, route, exchange, attempt, lease, response, payload);
                    return payload;
                }))
                .onFailure(failure -> failed(ctx, route, exchange, attempt, lease, failure));
    }

    private void answered(RoutingContext ctx, RouteTable.Route route, Exchange exchange, int attempt,
            UpstreamPool.Lease lease, HttpClientResponse response, Buffer payload) {
        if (response.statusCode() == 503) {
            lease.release(UpstreamPool.Outcome.NEUTRAL);
            if (mayRetry(ctx, route, attempt, lease)) {
                LOG.infof("upstream=%s answered 503: trying again", route.upstream().name());
                attempt(ctx, route, exchange, attempt + 1, lease.instance());
                return;
            }
        } else {
            lease.release(UpstreamPool.Outcome.SUCCESS);
        }
        relay(ctx, response.statusCode(), response.headers(), payload);
    }

    private void failed(RoutingContext ctx, RouteTable.Route route, Exchange exchange, int attempt,
            UpstreamPool.Lease lease, Throwable failure) {
        lease.release(UpstreamPool.Outcome.INSTANCE_FAILURE);
        if (ctx.response().ended()) {
            return;
        }
        String upstream = route.upstream().name();
        LOG.warnf("upstream=%s instance=%s attempt=%d: %s", upstream, lease.instance().baseUrl(), attempt,
                failure.toString());
        if (lostBeforeAnswer(failure) && mayRetry(ctx, route, attempt, lease)) {
            attempt(ctx, route, exchange, attempt + 1, lease.instance());
            return;
        }
        if (failure instanceof ConnectException) {
            ctx.response().putHeader("Retry-After", "5");
            problems.write(ctx, ProblemType.SERVICE_UNAVAILABLE, "The " + upstream + " service cannot be reached");
        } else if (failure instanceof TimeoutException) {
            problems.write(ctx, ProblemType.UPSTREAM_TIMEOUT, "The " + upstream + " service did not answer within "
                    + route.timeout().toMillis() + " ms");
        } else {
            problems.write(ctx, ProblemType.UPSTREAM_UNAVAILABLE, "The " + upstream + " service broke off the exchange");
        }
    }

    /**
     * Refused, or closed or reset before an answer: an idempotent request may go to another instance. With
     * Netty's native transport a reset is its own IOException, not the JDK's SocketException. An HTTP/2
     * connection closed before the instance sent its settings, so before any request went on it, fails with
     * Vert.x's one shared "connection was closed" exception.
     */
    private static boolean lostBeforeAnswer(Throwable failure) {
        return failure instanceof IOException || failure instanceof HttpClosedException
                || failure == ConnectionBase.CLOSED_EXCEPTION;
    }

    private boolean mayRetry(RoutingContext ctx, RouteTable.Route route, int attempt, UpstreamPool.Lease lease) {
        return attempt < config.retry().maxAttempts()
                && config.retry().methods().contains(ctx.request().method().name())
                && route.upstream().hasOtherInRotation(lease.instance())
                && retryBudget(route.upstream().name()).tryConsume(1);
    }

    /** Retries per upstream: ten a second, twenty in a burst; beyond that a failure is answered as it is. */
    private Bucket retryBudget(String upstream) {
        return retryBudgets.computeIfAbsent(upstream, name -> Bucket.builder()
                .addLimit(limit -> limit.capacity(20).refillGreedy(10, Duration.ofSeconds(1)))
                .build());
    }

    private void refuse(RoutingContext ctx, UpstreamPool pool, UpstreamPool.Refusal refusal) {
        if (refusal == UpstreamPool.Refusal.ALL_BUSY) {
            ctx.response().putHeader("Retry-After", "1");
            problems.write(ctx, ProblemType.SERVICE_UNAVAILABLE, "The " + pool.name()
                    + " service is at its limit of requests in flight; retry shortly");
            return;
        }
        ctx.response().putHeader("Retry-After", String.valueOf(config.ejection().duration().toSeconds()));
        problems.write(ctx, ProblemType.SERVICE_UNAVAILABLE, "The " + pool.name()
                + " service is failing and taken out of rotation; retry shortly");
    }

    /**
     * The caller's headers but the hop-by-hop and forwarding ones, with the request id, the gateway's span as
     * the trace's parent and the caller's address, written straight into the upstream request. The Host
     * header goes on as the caller sent it, so the links a service builds name the gateway without an
     * {@code X-Forwarded-Host} to parse; {@code X-Forwarded-Proto} only says https, the services' own scheme
     * being http.
     */
    private void forwardHeaders(HttpServerRequest incoming, Exchange exchange, HttpClientRequest upstream) {
        MultiMap headers = upstream.headers();
        for (Map.Entry<String, String> header : incoming.headers()) {
            if (!HOP_BY_HOP.contains(header.getKey()) && !FORWARDING.contains(header.getKey())) {
                headers.add(header.getKey(), header.getValue());
            }
        }
        if (incoming.authority() != null) {
            upstream.authority(incoming.authority());
        }
        headers.set(RequestIds.HEADER, exchange.requestId());
        traces.passOn(exchange.span(), headers);
        headers.set(X_FORWARDED_FOR, incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().hostAddress());
        if ("https".equals(incoming.scheme())) {
            headers.set(X_FORWARDED_PROTO, HTTPS);
        }
    }

    private static void relay(RoutingContext ctx, int status, MultiMap headers, Buffer payload) {
        if (ctx.response().ended()) {
            return;
        }
        HttpServerResponse response = ctx.response().setStatusCode(status);
        MultiMap relayed = response.headers();
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey();
            if (!HOP_BY_HOP.contains(name) && !name.equalsIgnoreCase(RequestIds.HEADER)) {
                relayed.add(name, header.getValue());
            }
        }
        response.end(payload);
    }

    private static Set<String> ignoringCase(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return Collections.unmodifiableSet(set);
    }
}
