package com.careerplatform.gateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.gateway.upstream.UpstreamPool;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    static GatewayConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(GatewayConfig.class)
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build()
                .getConfigMapping(GatewayConfig.class);
    }

    private static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("gateway.upstreams.leveling.urls", "http://127.0.0.1:1,http://127.0.0.1:2/");
        properties.put("gateway.upstreams.admin.urls", "http://127.0.0.1:3");
        properties.put("gateway.routes.frameworks.prefix", "/api/v1/frameworks");
        properties.put("gateway.routes.frameworks.upstream", "leveling");
        properties.put("gateway.routes.frameworks.roles", "platform-member");
        properties.put("gateway.routes.drafts.prefix", "/api/v1/frameworks/drafts/");
        properties.put("gateway.routes.drafts.upstream", "admin");
        properties.put("gateway.routes.drafts.roles", "hr-admin");
        properties.put("gateway.routes.drafts.timeout", "PT30S");
        properties.put("gateway.routes.drafts.rate-limit.requests-per-second", "5");
        properties.put("gateway.routes.drafts.rate-limit.burst", "7");
        return properties;
    }

    private final RouteTable table = new RouteTable(config(properties()), System::nanoTime);

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
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UpstreamPool.Lease lease = route.upstream().lease(null).lease().orElseThrow();
            picked.add(lease.instance().baseUrl());
            lease.release(UpstreamPool.Outcome.SUCCESS);
        }
        assertEquals(List.of("http://127.0.0.1:1", "http://127.0.0.1:2", "http://127.0.0.1:1"), picked);
    }

    @Test
    void aRouteTakesTheDefaultsUnlessItSetsItsOwnTimeoutAndRateLimit() {
        RouteTable.Route frameworks = table.match("/api/v1/frameworks").orElseThrow();
        assertEquals(Duration.ofSeconds(10), frameworks.timeout());
        assertEquals(50, frameworks.requestsPerSecond());
        assertEquals(100, frameworks.burst());
        RouteTable.Route drafts = table.match("/api/v1/frameworks/drafts").orElseThrow();
        assertEquals(Duration.ofSeconds(30), drafts.timeout());
        assertEquals(5, drafts.requestsPerSecond());
        assertEquals(7, drafts.burst());
    }

    @Test
    void refusesARouteToAnUnknownUpstream() {
        Map<String, String> properties = properties();
        properties.put("gateway.routes.x.prefix", "/api/v1/x");
        properties.put("gateway.routes.x.upstream", "nowhere");
        properties.put("gateway.routes.x.roles", "employee");
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new RouteTable(config(properties), System::nanoTime));
        assertTrue(error.getMessage().contains("nowhere"));
    }
}
