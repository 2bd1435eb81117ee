package com.careerplatform.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One request id and one trace follow a call through the gateway and every service it reaches: their access
 * logs name both on the request's line.
 */
class RequestTraceIT {

    private static final Pattern TRACE = Pattern.compile("trace=([0-9a-f]{32})$");

    @Test
    void theLogsOfTheGatewayAndOfBothServicesACallReachesNameItsRequestIdAndOneTrace() throws Exception {
        String requestId = "e2e-" + UUID.randomUUID();
        // comp-service asks leveling-service which levels the framework has before it records pay.
        Platform.as("carl").header("X-Request-Id", requestId).contentType("application/json").body("""
                {"effectiveFrom": "2020-01-01", "reason": "HIRE", "frameworkSlug": "ai-engineer", "level": "L9",
                 "market": "US", "segment": "BIG_TECH", "currency": "USD", "base": "1.00",
                 "bonusTargetPercent": "0", "equityAnnualValue": "0"}
                """)
                .when().post("/api/v1/comp-records/E1001/changes")
                .then().statusCode(400).header("X-Request-Id", equalTo(requestId));

        String gateway = awaitLine("gateway", requestId);
        String comp = awaitLine("comp-service", requestId);
        String leveling = awaitLine("leveling-service", requestId);
        assertTrue(gateway.contains("POST /api/v1/comp-records/E1001/changes"), gateway);
        assertTrue(comp.contains("POST /api/v1/comp-records/E1001/changes"), comp);
        assertTrue(leveling.contains("GET /api/v1/frameworks/ai-engineer"), "comp-service's call carries the request id: " + leveling);

        String trace = traceOf(gateway);
        assertNotEquals("0".repeat(32), trace, gateway);
        assertEquals(trace, traceOf(comp), "comp-service continues the gateway's trace");
        assertEquals(trace, traceOf(leveling), "leveling-service continues it on comp-service's call");
    }

    private static String traceOf(String line) {
        Matcher trace = TRACE.matcher(line);
        assertTrue(trace.find(), "no trace id at the end of: " + line);
        return trace.group(1);
    }

    /**
     * The first line naming the request id in the logs of the component's instances (a service's clients
     * balance over all of them), waiting for the asynchronous access log to be written.
     */
    private static String awaitLine(String component, String requestId) throws IOException, InterruptedException {
        List<Path> logs = Platform.instanceLogs(component);
        for (int attempt = 0; attempt < 300; attempt++) {
            for (Path log : logs) {
                Optional<String> line;
                try (var lines = Files.lines(log)) {
                    line = lines.filter(text -> text.contains("request-id=" + requestId)).findFirst();
                }
                if (line.isPresent()) {
                    return line.get();
                }
            }
            Thread.sleep(100);
        }
        StringBuilder tails = new StringBuilder();
        for (Path log : logs) {
            tails.append("\n").append(log).append(": ").append(tail(log));
        }
        throw new AssertionError("no log of " + component + " has a line with request-id=" + requestId + tails);
    }

    private static List<String> tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.subList(Math.max(0, lines.size() - 5), lines.size());
    }
}
