package com.careerplatform.comp.leveling;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * leveling-service as the comp service's tests meet it, on a free loopback port: {@code ai-engineer} with
 * L3–L8, {@code stub-framework} with the same levels (for tests that create bands away from the seeded
 * ones), 404 for other frameworks, and a framework {@code broken-framework} whose requests are cut off, as
 * when leveling-service dies mid-answer.
 */
@QuarkusTestResource(LevelingStub.class)
public class LevelingStub implements QuarkusTestResourceLifecycleManager {

    private static final String AI_ENGINEER = """
            {"slug": "ai-engineer", "name": "AI Engineer", "version": 1, "status": "PUBLISHED",
             "levels": [{"code": "L3", "stage": "Junior"}, {"code": "L4"}, {"code": "L5"}, {"code": "L6"},
                        {"code": "L7"}, {"code": "L8"}]}
            """;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/api/v1/frameworks/ai-engineer" -> request.response()
                        .putHeader("Content-Type", "application/json").end(AI_ENGINEER);
                case "/api/v1/frameworks/stub-framework" -> request.response()
                        .putHeader("Content-Type", "application/json").end(AI_ENGINEER.replace("ai-engineer", "stub-framework"));
                case "/api/v1/frameworks/broken-framework" -> request.connection().close();
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
