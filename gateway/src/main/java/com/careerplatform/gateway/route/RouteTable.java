package com.careerplatform.gateway.route;

import com.careerplatform.gateway.upstream.UpstreamPool;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/** Finds the route of a request path (longest prefix wins); each route leads to its upstream's pool. */
@Singleton
public class RouteTable {

    /** A route resolved against its upstream and the defaults. */
    public record Route(String name, String prefix, UpstreamPool upstream, Set<String> roles, Duration timeout,
            int requestsPerSecond, int burst) {
    }

    private final Map<String, UpstreamPool> pools;
    private final List<Route> routes;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(config, System::nanoTime);
    }

    RouteTable(GatewayConfig config, LongSupplier clock) {
        this.pools = new LinkedHashMap<>();
        config.upstreams().forEach((name, upstream) -> pools.put(name, new UpstreamPool(name,
                upstream.urls().stream().map(url -> url.toString().replaceAll("/+$", "")).toList(),
                upstream.maxInFlight(), config.ejection().consecutiveFailures(), config.ejection().duration(), clock)));
        this.routes = config.routes().entrySet().stream()
                .map(entry -> resolve(entry.getKey(), entry.getValue(), config))
                .sorted(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed())
                .toList();
    }

    public Optional<Route> match(String path) {
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    public Map<String, UpstreamPool> upstreams() {
        return pools;
    }

    private Route resolve(String name, GatewayConfig.Route route, GatewayConfig config) {
        UpstreamPool pool = pools.get(route.upstream());
        if (pool == null || pool.instances().isEmpty()) {
            throw new IllegalStateException("gateway route " + name + " names upstream '" + route.upstream()
                    + "', which has no urls; known upstreams: " + pools.keySet());
        }
        String prefix = route.prefix().endsWith("/") ? route.prefix().substring(0, route.prefix().length() - 1)
                : route.prefix();
        GatewayConfig.RateLimit limit = route.rateLimit().orElse(config.rateLimit());
        return new Route(name, prefix, pool, route.roles().stream().collect(Collectors.toUnmodifiableSet()),
                route.timeout().orElse(config.timeout()), limit.requestsPerSecond(), limit.burst());
    }
}
