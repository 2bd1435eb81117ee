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
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * comp-service and Keycloak's token endpoint (kit-data's {@link RelayTokenEndpoint}) as
 * leveling-service's relay meets them: the proposals endpoint records what it receives and answers 201,
 * or for an employee given {@link #answer} those answers first, one a call.
 */
@QuarkusTestResource(CompStub.class)
public class CompStub implements QuarkusTestResourceLifecycleManager {

    /** What the proposals endpoint received: the Authorization header and the body. */
    public record Received(String authorization, JsonObject body) {
    }

    /** An answer of the proposals endpoint. */
    public record Answer(int status, String problemDetail) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, Queue<Answer>> SCRIPTED = new ConcurrentHashMap<>();

    /** The next answers to proposals for {@code employeeId}, before it is answered 201 again. */
    static void answer(String employeeId, Answer... answers) {
        SCRIPTED.put(employeeId, new ConcurrentLinkedQueue<>(List.of(answers)));
    }

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (RelayTokenEndpoint.answered(request)) {
                return;
            }
            JsonObject proposal = body.toJsonObject();
            RECEIVED.add(new Received(request.getHeader("Authorization"), proposal));
            Answer answer = SCRIPTED.getOrDefault(proposal.getString("employeeId"), new ConcurrentLinkedQueue<>()).poll();
            if (answer == null) {
                request.response().setStatusCode(201).putHeader("Content-Type", "application/json").end("{}");
            } else {
                request.response().setStatusCode(answer.status()).putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject().put("status", answer.status()).put("detail", answer.problemDetail()).encode());
            }
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
