package com.careerplatform.gateway.route;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the services behind the gateway, on a free loopback port: it echoes what it received
 * and remembers the request ids it saw, never answers a path ending in /slow, and marks a path ending in
 * /cacheable as cacheable. The promotion and "dead" upstreams point at a closed port; "flaky" ones have
 * a closed port and the stub; "resetting" has an instance that resets every connection once it has read the
 * request, and the stub; test-only routes exercise timeouts, bulkheads and rate limits.
 */
public class StubUpstream implements QuarkusTestResourceLifecycleManager {

    /** The X-Request-Id of every request that reached the stub. */
    static final List<String> RECEIVED_REQUEST_IDS = new CopyOnWriteArrayList<>();

    /** The paths of the requests the stub holds unanswered. */
    static final List<String> HELD = new CopyOnWriteArrayList<>();

    private static final String CLOSED = "http://127.0.0.1:1";

    private Vertx vertx;
    private HttpServer server;
    private ServerSocket resetting;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            RECEIVED_REQUEST_IDS.add(request.getHeader("X-Request-Id"));
            if (request.path().endsWith("/slow")) {
                HELD.add(request.path());
                return;
            }
            if (request.path().endsWith("/cacheable")) {
                request.response().putHeader("Cache-Control", "public, max-age=60");
            }
            request.body().onSuccess(body -> request.response()
                    .setStatusCode(request.path().endsWith("/missing") ? 404 : 200)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Upstream", "stub")
                    .end(new JsonObject()
                            .put("version", request.version().name())
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("authorization", request.getHeader("Authorization"))
                            .put("requestId", request.getHeader("X-Request-Id"))
                            .put("host", request.authority() == null ? null : request.authority().toString())
                            .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                            .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                            .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                            .put("forwarded", request.getHeader("Forwarded"))
                            .put("body", body.toString())
                            .encode()));
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stub upstream did not start", e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        Map<String, String> config = new HashMap<>(Map.of(
                "gateway.upstreams.leveling.urls", url,
                "gateway.upstreams.comp.urls", url,
                "gateway.upstreams.promotion.urls", CLOSED,
                "gateway.timeout", "PT1S"));
        route(config, "flaky", CLOSED + "," + url);
        route(config, "flaky-writes", CLOSED + "," + url);
        route(config, "resetting", startResetting() + "," + url);
        route(config, "dead", CLOSED);
        route(config, "narrow", url);
        config.put("gateway.upstreams.narrow.max-in-flight", "1");
        config.put("gateway.routes.narrow.timeout", "PT0.5S");
        route(config, "limited", url);
        config.put("gateway.routes.limited.rate-limit.requests-per-second", "1");
        config.put("gateway.routes.limited.rate-limit.burst", "2");
        return config;
    }

    /** A test-only route /api/v1/{name} to an upstream of the same name, open to every platform member. */
    private static void route(Map<String, String> config, String name, String urls) {
        config.put("gateway.upstreams." + name + ".urls", urls);
        config.put("gateway.routes." + name + ".prefix", "/api/v1/" + name);
        config.put("gateway.routes." + name + ".upstream", name);
        config.put("gateway.routes." + name + ".roles", "platform-member");
    }

    /**
     * An instance that dies under its caller: it reads a request, then closes with a zero linger, which
     * sends a TCP reset instead of an answer (what a stopped process's kernel does to a pooled connection).
     */
    private String startResetting() {
        try {
            resetting = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("resetting stub did not start", e);
        }
        Thread acceptor = new Thread(() -> {
            while (!resetting.isClosed()) {
                try (Socket connection = resetting.accept()) {
                    connection.getInputStream().read(new byte[8192]);
                    connection.setSoLinger(true, 0);
                } catch (IOException closed) {
                    // The stub was stopped, or the gateway gave up on this connection first.
                }
            }
        }, "resetting-upstream");
        acceptor.setDaemon(true);
        acceptor.start();
        return "http://127.0.0.1:" + resetting.getLocalPort();
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
        if (resetting != null) {
            try {
                resetting.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
