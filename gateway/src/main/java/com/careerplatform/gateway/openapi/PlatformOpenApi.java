package com.careerplatform.gateway.openapi;

import com.careerplatform.gateway.route.RouteTable;
import com.careerplatform.gateway.upstream.UpstreamInstance;
import com.careerplatform.gateway.upstream.UpstreamPool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves {@code /openapi/platform.json}, and at the conventional {@code /q/openapi} too (as JSON, whatever
 * {@code format} asks): the services' OpenAPI documents merged ({@link OpenApiMerger}),
 * fetched from one instance of each upstream and kept for a minute. A service that cannot be asked is
 * left out and named in {@code x-unavailable-services}; the next request asks again.
 */
@ApplicationScoped
public class PlatformOpenApi {

    public static final String PATH = "/openapi/platform.json";
    private static final String CONVENTIONAL_PATH = "/q/openapi";

    private static final Logger LOG = Logger.getLogger(PlatformOpenApi.class);
    private static final long KEEP_MILLIS = 60_000;

    private final RouteTable table;
    private final ObjectMapper mapper;
    private final String issuer;
    private final HttpClient client;
    private volatile String cached;
    private volatile long cachedAt;

    PlatformOpenApi(RouteTable table, ObjectMapper mapper, Vertx vertx,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.table = table;
        this.mapper = mapper;
        this.issuer = issuer;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000));
    }

    void install(@Observes Router router) {
        router.get(PATH).handler(this::serve);
        router.get(CONVENTIONAL_PATH).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        String document = cached;
        if (document != null && System.currentTimeMillis() - cachedAt < KEEP_MILLIS) {
            send(ctx, document);
            return;
        }
        Map<String, Future<JsonNode>> fetches = new LinkedHashMap<>();
        table.upstreams().forEach((name, pool) -> fetches.put(name, fetch(pool)));
        Future.join(new ArrayList<>(fetches.values())).onComplete(done -> {
            Map<String, JsonNode> documents = new LinkedHashMap<>();
            List<String> unavailable = new ArrayList<>();
            fetches.forEach((name, fetch) -> {
                if (fetch.succeeded()) {
                    documents.put(name, fetch.result());
                } else {
                    LOG.warnf("OpenAPI document of %s not available: %s", name, fetch.cause().toString());
                    unavailable.add(name);
                }
            });
            try {
                String merged = mapper.writeValueAsString(OpenApiMerger.merge(documents,
                        path -> table.match(path).isPresent(), issuer, unavailable));
                if (unavailable.isEmpty()) {
                    cached = merged;
                    cachedAt = System.currentTimeMillis();
                }
                send(ctx, merged);
            } catch (IOException | RuntimeException e) {
                ctx.fail(e);
            }
        });
    }

    private Future<JsonNode> fetch(UpstreamPool pool) {
        UpstreamInstance instance = pool.instances().stream()
                .filter(candidate -> candidate.inRotation(System.nanoTime()))
                .findFirst().orElse(pool.instances().get(0));
        RequestOptions options = instance.target("/q/openapi?format=json").setMethod(HttpMethod.GET)
                .setIdleTimeout(5000);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("answered " + response.statusCode()))
                .map(body -> {
                    try {
                        return mapper.readTree(body.getBytes());
                    } catch (IOException e) {
                        throw new IllegalStateException("not JSON", e);
                    }
                });
    }

    private static void send(RoutingContext ctx, String document) {
        ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-cache").end(document);
    }
}
