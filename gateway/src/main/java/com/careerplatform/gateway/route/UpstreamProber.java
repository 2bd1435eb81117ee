package com.careerplatform.gateway.route;

import com.careerplatform.gateway.upstream.UpstreamInstance;
import com.careerplatform.gateway.upstream.UpstreamPool;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Brings ejected upstream instances back early: every {@code gateway.ejection.probe-interval} each
 * instance out of rotation is asked for its readiness, and one that answers 200 is back at once.
 */
@ApplicationScoped
public class UpstreamProber {

    private static final Logger LOG = Logger.getLogger(UpstreamProber.class);

    private final Vertx vertx;
    private final RouteTable table;
    private final GatewayConfig config;
    private HttpClient client;
    private long timer;

    UpstreamProber(Vertx vertx, RouteTable table, GatewayConfig config) {
        this.vertx = vertx;
        this.table = table;
        this.config = config;
    }

    void start(@Observes StartupEvent started) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()));
        timer = vertx.setPeriodic(config.ejection().probeInterval().toMillis(), tick -> probeEjected());
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timer);
    }

    private void probeEjected() {
        long now = System.nanoTime();
        for (UpstreamPool pool : table.upstreams().values()) {
            for (UpstreamInstance instance : pool.instances()) {
                if (instance.ejected(now)) {
                    probe(pool, instance);
                }
            }
        }
    }

    private void probe(UpstreamPool pool, UpstreamInstance instance) {
        RequestOptions options = instance.target(config.ejection().probePath()).setMethod(HttpMethod.GET)
                .setIdleTimeout(config.connectTimeout().toMillis());
        client.request(options)
                .compose(request -> request.send())
                .onSuccess(response -> {
                    response.body();
                    if (response.statusCode() == 200) {
                        LOG.infof("upstream %s instance %s is ready again: back in rotation", pool.name(), instance.baseUrl());
                        instance.succeeded();
                    }
                });
    }
}
