package com.careerplatform.gateway.route;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Finds the route of a request path (longest prefix wins) and picks the upstream instance to call. */
public class RouteTable {

    /** A route resolved against its upstream. */
    public record Route(String name, String prefix, String upstream, Set<String> roles, List<String> baseUrls,
            AtomicInteger next) {

        /** The base URL (no trailing slash) of the next instance, round-robin. */
        public String pickBaseUrl() {
            return baseUrls.get(Math.floorMod(next.getAndIncrement(), baseUrls.size()));
        }
    }

    private final List<Route> routes;

    public RouteTable(GatewayConfig config) {
        this(config.routes(), config.upstreams());
    }

    RouteTable(Map<String, GatewayConfig.Route> routes, Map<String, GatewayConfig.Upstream> upstreams) {
        this.routes = routes.entrySet().stream()
                .map(entry -> resolve(entry.getKey(), entry.getValue(), upstreams))
                .sorted(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed())
                .toList();
    }

    public Optional<Route> match(String path) {
        return routes.stream()
                .filter(route -> path.equals(route.prefix()) || path.startsWith(route.prefix() + "/"))
                .findFirst();
    }

    public List<Route> routes() {
        return routes;
    }

    private static Route resolve(String name, GatewayConfig.Route route, Map<String, GatewayConfig.Upstream> upstreams) {
        GatewayConfig.Upstream upstream = upstreams.get(route.upstream());
        if (upstream == null || upstream.urls().isEmpty()) {
            throw new IllegalStateException("gateway route " + name + " names upstream '" + route.upstream()
                    + "', which has no urls; known upstreams: " + upstreams.keySet());
        }
        String prefix = route.prefix().endsWith("/") ? route.prefix().substring(0, route.prefix().length() - 1)
                : route.prefix();
        return new Route(name, prefix, route.upstream(), route.roles().stream().collect(Collectors.toUnmodifiableSet()),
                upstream.urls().stream().map(url -> url.toString().replaceAll("/+$", "")).toList(), new AtomicInteger());
    }
}
