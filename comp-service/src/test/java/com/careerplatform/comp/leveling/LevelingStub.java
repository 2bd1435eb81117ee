package com.careerplatform.comp.leveling;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * leveling-service as the comp service's tests meet it, on a free loopback port: {@code ai-engineer} with
 * L3–L8, {@code stub-framework} with the same levels (for tests that create bands away from the seeded
 * ones), 404 for other frameworks, and a framework {@code broken-framework} whose requests are cut off, as
 * when leveling-service dies mid-answer. Its people record holds what tests put there with {@link #holds}
 * (404 for anyone else; E-BROKEN is cut off).
 */
@QuarkusTestResource(LevelingStub.class)
public class LevelingStub implements QuarkusTestResourceLifecycleManager {

    /** Per employee id, their ai-engineer levels by the day each took effect. */
    private static final Map<String, NavigableMap<LocalDate, String>> PEOPLE = new ConcurrentHashMap<>();

    private static final Map<String, AtomicInteger> REQUESTS = new ConcurrentHashMap<>();

    /** How many requests for {@code path} the stub has had. */
    public static int requests(String path) {
        AtomicInteger count = REQUESTS.get(path);
        return count == null ? 0 : count.get();
    }

    /** The people record has {@code employeeId} at {@code level} in ai-engineer from {@code from} on. */
    public static void holds(String employeeId, String level, LocalDate from) {
        PEOPLE.computeIfAbsent(employeeId, id -> new ConcurrentSkipListMap<>()).put(from, level);
    }

    private static String person(String employeeId, String asOf) {
        Map.Entry<LocalDate, String> inForce = PEOPLE.get(employeeId).floorEntry(LocalDate.parse(asOf));
        return new JsonObject().put("employeeId", employeeId).put("framework", "ai-engineer")
                .put("level", inForce == null ? null : inForce.getValue()).put("asOf", asOf).encode();
    }

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
            String path = request.path();
            REQUESTS.computeIfAbsent(path, counted -> new AtomicInteger()).incrementAndGet();
            if (path.equals("/api/v1/people/E-BROKEN")) {
                request.connection().close();
                return;
            }
            String employeeId = path.startsWith("/api/v1/people/") ? path.substring("/api/v1/people/".length()) : "";
            if (PEOPLE.containsKey(employeeId)) {
                request.response().putHeader("Content-Type", "application/json")
                        .end(person(employeeId, request.getParam("asOf")));
                return;
            }
            switch (path) {
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
        return Map.of("quarkus.stork.leveling-service.service-discovery.address-list", "127.0.0.1:" + server.actualPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
