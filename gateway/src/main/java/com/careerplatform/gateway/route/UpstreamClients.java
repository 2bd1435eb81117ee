package com.careerplatform.gateway.route;

import io.netty.util.concurrent.FastThreadLocal;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.tracing.TracingPolicy;
import jakarta.inject.Singleton;

/**
 * The HTTP clients the gateway calls upstreams with, one set per event loop. A client's pool hands any of its
 * connections to any caller, and a connection lives on the event loop that opened it: with one shared client,
 * half of the answers were relayed through a task handed to the other event loop (a wakeup and a thread
 * switch per request). A client used by one event loop only opens its connections there.
 * <p>
 * An exchange without a body goes over HTTP/2 without TLS (prior knowledge; every upstream is a Quarkus
 * service, whose port speaks both) when {@code gateway.upstream-http2} is on: the exchanges with an instance
 * share one connection per event loop, where HTTP/1.1 needs one per exchange in flight, and the gateway and
 * the service make fewer socket calls. An exchange with a body goes over pooled HTTP/1.1 connections: over
 * HTTP/2 a decision submission cost the gateway and leveling-service more (docs/performance.md).
 */
@Singleton
class UpstreamClients {

    private final FastThreadLocal<HttpClient> withoutBody;
    private final FastThreadLocal<HttpClient> withBody;

    UpstreamClients(GatewayConfig config, Vertx vertx) {
        HttpClientOptions http1 = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                // The exchange's span is passed on with the headers (ExchangeTraces), not by Vert.x's tracer.
                .setTracingPolicy(TracingPolicy.IGNORE);
        PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerUpstream());
        this.withBody = perEventLoop(vertx, http1, pool);
        this.withoutBody = config.upstreamHttp2()
                ? perEventLoop(vertx, new HttpClientOptions(http1).setProtocolVersion(HttpVersion.HTTP_2)
                        .setHttp2ClearTextUpgrade(false), pool)
                : withBody;
    }

    /** This event loop's client for an exchange with a request body or without one. */
    HttpClient forExchange(boolean hasBody) {
        return hasBody ? withBody.get() : withoutBody.get();
    }

    private static FastThreadLocal<HttpClient> perEventLoop(Vertx vertx, HttpClientOptions options, PoolOptions pool) {
        return new FastThreadLocal<>() {
            @Override
            protected HttpClient initialValue() {
                return vertx.createHttpClient(options, pool);
            }
        };
    }
}
