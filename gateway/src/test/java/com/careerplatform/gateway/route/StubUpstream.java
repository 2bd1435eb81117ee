package com.careerplatform.gateway.route;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the services behind the gateway, on a free loopback port: it echoes what it received,
 * and never answers under /api/v1/frameworks/slow. The promotion upstream points at a closed port.
 */
public class StubUpstream implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().startsWith("/api/v1/frameworks/slow")) {
                return;
            }
            request.body().onSuccess(body -> request.response()
                    .setStatusCode(request.path().endsWith("/missing") ? 404 : 200)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Upstream", "stub")
                    .end(new JsonObject()
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("authorization", request.getHeader("Authorization"))
                            .put("requestId", request.getHeader("X-Request-Id"))
                            .put("body", body.toString())
                            .encode()));
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stub upstream did not start", e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        return Map.of(
                "gateway.upstreams.leveling.urls", url,
                "gateway.upstreams.comp.urls", url,
                "gateway.upstreams.promotion.urls", "http://127.0.0.1:1",
                "gateway.timeout", "PT1S");
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
