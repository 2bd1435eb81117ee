package com.careerplatform.promotion.leveling;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * leveling-service as the promotion service's tests meet it, on a free loopback port: {@code ai-engineer}
 * with L3–L8 (archetypes from L6, as in the seed) and an L6 whose promotion bar asks for 3 design docs;
 * {@code strict-framework}, whose L6 asks for 5; 404 for other frameworks; and {@code broken-framework},
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

    private static final String L6 = """
            {"code": "L6", "axes": [{"code": "TECHNICAL_DEPTH"}, {"code": "SYSTEM_DESIGN"}, {"code": "LEADERSHIP"}],
             "staffCompetencies": [{"text": "Big-picture thinking"}],
             "promotionBar": [
               {"code": "DESIGN_DOCS", "description": "Write 3-5 Design Docs or RFCs.", "section": "3.4",
                "kinds": ["RFC", "DESIGN_DOC"], "roles": ["AUTHOR", "LEAD"], "docStatuses": ["ACCEPTED", "IMPLEMENTED"],
                "competencies": [], "minimum": %d},
               {"code": "EXTERNAL_VISIBILITY", "description": "External visibility.", "section": "3.4",
                "kinds": ["TALK", "BLOG_POST", "OPEN_SOURCE"], "roles": [], "docStatuses": [], "competencies": [], "minimum": 1}]}
            """;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/api/v1/frameworks/ai-engineer/levels" -> request.response()
                        .putHeader("Content-Type", "application/json").end(LEVELS);
                case "/api/v1/frameworks/broken-framework/levels", "/api/v1/frameworks/broken-framework/levels/L6" ->
                        request.connection().close();
                case "/api/v1/frameworks/ai-engineer/levels/L6" -> request.response()
                        .putHeader("Content-Type", "application/json").end(L6.formatted(3));
                case "/api/v1/frameworks/strict-framework/levels/L6" -> request.response()
                        .putHeader("Content-Type", "application/json").end(L6.formatted(5));
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
