package com.careerplatform.gateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static GatewayConfig.Upstream upstream(String... urls) {
        return () -> List.of(urls).stream().map(URI::create).toList();
    }

    private static GatewayConfig.Route route(String prefix, String upstream, String... roles) {
        return new GatewayConfig.Route() {
            public String prefix() {
                return prefix;
            }

            public String upstream() {
                return upstream;
            }

            public List<String> roles() {
                return List.of(roles);
            }
        };
    }

    private final RouteTable table = new RouteTable(
            Map.of("frameworks", route("/api/v1/frameworks", "leveling", "platform-member"),
                    "drafts", route("/api/v1/frameworks/drafts/", "admin", "hr-admin")),
            Map.of("leveling", upstream("http://127.0.0.1:1", "http://127.0.0.1:2/"),
                    "admin", upstream("http://127.0.0.1:3")));

    @Test
    void longestPrefixWins() {
        assertEquals("drafts", table.match("/api/v1/frameworks/drafts/7").orElseThrow().name());
        assertEquals("frameworks", table.match("/api/v1/frameworks/ai-engineer").orElseThrow().name());
        assertEquals("frameworks", table.match("/api/v1/frameworks").orElseThrow().name());
    }

    @Test
    void prefixesMatchWholeSegments() {
        assertTrue(table.match("/api/v1/frameworksx").isEmpty());
        assertTrue(table.match("/api/v1").isEmpty());
    }

    @Test
    void balancesInstancesRoundRobin() {
        RouteTable.Route route = table.match("/api/v1/frameworks/x").orElseThrow();
        assertEquals(List.of("http://127.0.0.1:1", "http://127.0.0.1:2", "http://127.0.0.1:1"),
                List.of(route.pickBaseUrl(), route.pickBaseUrl(), route.pickBaseUrl()));
    }

    @Test
    void refusesARouteToAnUnknownUpstream() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new RouteTable(
                Map.of("x", route("/api/v1/x", "nowhere", "employee")), Map.of()));
        assertTrue(error.getMessage().contains("nowhere"));
    }
}
