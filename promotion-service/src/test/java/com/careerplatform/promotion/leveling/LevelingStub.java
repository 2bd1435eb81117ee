package com.careerplatform.promotion.leveling;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * leveling-service as the promotion service's tests meet it, on a free loopback port: {@code ai-engineer}
 * with L3–L8 (archetypes from L6, as in the seed), 404 for other frameworks, and {@code broken-framework}
 * whose requests are cut off, as when leveling-service dies mid-answer.
 */
@QuarkusTestResource(LevelingStub.class)
public class LevelingStub implements QuarkusTestResourceLifecycleManager {

    private static final String ARCHETYPES = "[{\"text\": \"Tech Lead — team-level technical leader.\"}]";
    private static final String LEVELS = """
            [{"code": "L3", "stage": "Junior", "archetypes": []}, {"code": "L4", "archetypes": []},
             {"code": "L5", "archetypes": []}, {"code": "L6", "archetypes": %1$s},
             {"code": "L7", "archetypes": %1$s}, {"code": "L8", "archetypes": %1$s}]
            """.formatted(ARCHETYPES);

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/api/v1/frameworks/ai-engineer/levels" -> request.response()
                        .putHeader("Content-Type", "application/json").end(LEVELS);
                case "/api/v1/frameworks/broken-framework/levels" -> request.connection().close();
                default -> request.response().setStatusCode(404)
                        .putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\": \"urn:career-platform:problem:not-found\", \"status\": 404}");
            }
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("leveling stub did not start", e);
        }
        return Map.of("quarkus.rest-client.leveling.url", "http://127.0.0.1:" + server.actualPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
