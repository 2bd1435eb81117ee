package com.careerplatform.promotion.leveling;

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
 * leveling-service and Keycloak's token endpoint as the promotion service's tests meet them, on a free
 * loopback port: {@code ai-engineer} with L3–L8 (archetypes from L6, as in the seed), L3–L5 with three
 * axes and an L6 with the same axes whose promotion bar asks for 3 design docs, and evidence hints (8.3, 8.5)
 * among its guides; {@code strict-framework}, whose L6 asks for 5 and which has no guides; 404 for other
 * frameworks; {@code broken-framework}, whose requests are cut off, as when leveling-service dies
 * mid-answer. The people record of {@link #PEOPLE} (E-BROKEN cut off, others 404); the promotions
 * endpoint records what it receives and answers 404 for E-NO-RECORD, 503 for E-RESTARTING (both with a
 * problem's detail), 201 otherwise; the token endpoint
 * is kit-data's {@link RelayTokenEndpoint}.
 */
@QuarkusTestResource(LevelingStub.class)
public class LevelingStub implements QuarkusTestResourceLifecycleManager {

    /** What the promotions endpoint received: the Authorization header, the path and the body. */
    public record Received(String authorization, String path, JsonObject body) {
    }

    public static final List<Received> PROMOTIONS = new CopyOnWriteArrayList<>();

    /** The X-Request-Id of every request to leveling-service's API, by path. */
    public static final List<String> REQUEST_IDS = new CopyOnWriteArrayList<>();

    /** People by employee id: erin E2001 at L4 and sam E2005 at L5 report to mark E2002. */
    private static final Map<String, String> PEOPLE = Map.of(
            "E2001", person("E2001", "E2002", "ai-engineer", "L4"),
            "E2005", person("E2005", "E2002", "ai-engineer", "L5"),
            "E3001", person("E3001", "E2002", "ai-engineer", "L3"),
            "E2009", person("E2009", "E2002", "ai-engineer", "L8"),
            "E2006", person("E2006", null, "ai-engineer", "L4"),
            "E2007", person("E2007", "E2002", "ml-other", "L4"),
            "E2008", person("E2008", "E2002", "ai-engineer", null),
            "E2010", person("E2010", "E2002", "broken-framework", "L4"),
            "E2101", person("E2101", "E2102", "ai-engineer", "L4"));

    private static String person(String employeeId, String manager, String framework, String level) {
        JsonObject person = new JsonObject().put("employeeId", employeeId).put("managerId", manager)
                .put("framework", framework).put("level", level).put("status", "ACTIVE");
        return person.encode();
    }

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

    private static final String BELOW_STAFF = """
            {"code": "%s", "axes": [{"code": "TECHNICAL_DEPTH"}, {"code": "SYSTEM_DESIGN"}, {"code": "LEADERSHIP"}]}
            """;

    private static final String GUIDES = """
            {"framework": "ai-engineer", "version": 1, "guides": [
              {"code": "PORTFOLIO", "use": "EVIDENCE_HINTS", "title": "Portfolio", "passages": [
                {"section": "8.1", "title": "Why portfolio is decisive", "text": "Your work does.", "items": []},
                {"section": "8.3", "title": "A good GitHub README", "items": ["Evals — with numbers."],
                 "evidenceKinds": ["LAUNCH", "OPEN_SOURCE", "EVAL_HARNESS"]},
                {"section": "8.5", "title": "Technical blogging strategy", "items": ["Cross-post to LinkedIn."],
                 "evidenceKinds": ["BLOG_POST"]}]},
              {"code": "PACING", "use": "READING", "title": "Pacing", "passages": [
                {"section": "12.2", "items": ["2-4 weeks of vacation a year."], "evidenceKinds": ["TALK"]}]}]}
            """;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String path = request.path();
            REQUEST_IDS.add(path + " " + request.getHeader("X-Request-Id"));
            if (RelayTokenEndpoint.answered(request)) {
                return;
            }
            if (path.startsWith("/api/v1/people/") && path.endsWith("/promotions")) {
                PROMOTIONS.add(new Received(request.getHeader("Authorization"), path, body.toJsonObject()));
                if (path.contains("/E-NO-RECORD/")) {
                    request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                            .end("{\"status\": 404, \"detail\": \"No person E-NO-RECORD\"}");
                } else if (path.contains("/E-RESTARTING/")) {
                    request.response().setStatusCode(503).putHeader("Content-Type", "application/problem+json")
                            .end("{\"status\": 503, \"detail\": \"The database cannot be reached\"}");
                } else {
                    request.response().setStatusCode(201).putHeader("Content-Type", "application/json").end("{}");
                }
                return;
            }
            if (path.equals("/api/v1/people/E-BROKEN")) {
                request.connection().close();
                return;
            }
            if (path.startsWith("/api/v1/people/") && PEOPLE.containsKey(path.substring("/api/v1/people/".length()))) {
                request.response().putHeader("Content-Type", "application/json")
                        .end(PEOPLE.get(path.substring("/api/v1/people/".length())));
                return;
            }
            switch (path) {
                case "/api/v1/frameworks/ai-engineer/levels" -> request.response()
                        .putHeader("Content-Type", "application/json").end(LEVELS);
                case "/api/v1/frameworks/broken-framework/levels", "/api/v1/frameworks/broken-framework/levels/L6" ->
                        request.connection().close();
                case "/api/v1/frameworks/ai-engineer/levels/L3", "/api/v1/frameworks/ai-engineer/levels/L4",
                        "/api/v1/frameworks/ai-engineer/levels/L5" -> request.response()
                        .putHeader("Content-Type", "application/json").end(BELOW_STAFF.formatted(path.substring(path.length() - 2)));
                case "/api/v1/frameworks/ai-engineer/guides" -> request.response()
                        .putHeader("Content-Type", "application/json").end(GUIDES);
                case "/api/v1/frameworks/ai-engineer/levels/L6" -> request.response()
                        .putHeader("Content-Type", "application/json").end(L6.formatted(3));
                case "/api/v1/frameworks/strict-framework/levels/L6" -> request.response()
                        .putHeader("Content-Type", "application/json").end(L6.formatted(5));
                default -> request.response().setStatusCode(404)
                        .putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\": \"urn:career-platform:problem:not-found\", \"status\": 404}");
            }
        }));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("leveling stub did not start", e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        Map<String, String> config = new HashMap<>(RelayTokenEndpoint.at(url));
        config.put("quarkus.stork.leveling-service.service-discovery.address-list", "127.0.0.1:" + server.actualPort());
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
