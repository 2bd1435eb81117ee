package com.careerplatform.leveling.events;

import com.careerplatform.kit.outbox.RelayTokenEndpoint;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * comp-service and Keycloak's token endpoint (platform-kit's {@link RelayTokenEndpoint}) as
 * leveling-service's relay meets them: the proposals endpoint records what it receives and answers 201.
 */
@QuarkusTestResource(CompStub.class)
public class CompStub implements QuarkusTestResourceLifecycleManager {

    /** What the proposals endpoint received: the Authorization header and the body. */
    public record Received(String authorization, JsonObject body) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (RelayTokenEndpoint.answered(request)) {
                return;
            }
            RECEIVED.add(new Received(request.getHeader("Authorization"), body.toJsonObject()));
            request.response().setStatusCode(201).putHeader("Content-Type", "application/json").end("{}");
        }));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("comp stub did not start", e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        Map<String, String> config = new HashMap<>(RelayTokenEndpoint.at(url));
        config.put("quarkus.rest-client.comp.url", url);
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
