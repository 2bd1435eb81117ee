package com.careerplatform.gateway.route;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Retries, ejection, bulkhead, per-route timeout, rate limit, response headers, CORS, readiness, metrics. */
@QuarkusTest
@QuarkusTestResource(StubUpstream.class)
@TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
class GatewayProtectionTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aReadIsRetriedOnTheOtherInstanceWhenOneRefusesTheConnection() {
        for (int i = 0; i < 4; i++) {
            String requestId = UUID.randomUUID().toString();
            given().header("X-Request-Id", requestId).when().get("/api/v1/flaky/x")
                    .then().statusCode(200).header("X-Upstream", equalTo("stub"));
            assertEquals(1, StubUpstream.RECEIVED_REQUEST_IDS.stream().filter(requestId::equals).count());
        }
    }

    @Test
    void aReadIsRetriedOnTheOtherInstanceWhenOneResetsTheConnection() {
        for (int i = 0; i < 4; i++) {
            String requestId = UUID.randomUUID().toString();
            given().header("X-Request-Id", requestId).when().get("/api/v1/resetting/x")
                    .then().statusCode(200).header("X-Upstream", equalTo("stub"));
            assertEquals(1, StubUpstream.RECEIVED_REQUEST_IDS.stream().filter(requestId::equals).count());
        }
    }

    @Test
    void aWriteIsNeverRetried() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String requestId = UUID.randomUUID().toString();
            Response response = given().header("X-Request-Id", requestId).contentType("application/json").body("{}")
                    .when().post("/api/v1/flaky-writes/x");
            statuses.add(response.statusCode());
            if (response.statusCode() == 503) {
                response.then().contentType("application/problem+json").body("detail", containsString("flaky-writes"));
                assertFalse(StubUpstream.RECEIVED_REQUEST_IDS.contains(requestId), "a refused write is not sent elsewhere");
            }
        }
        assertTrue(statuses.contains(503), "round-robin sent one of two writes to the closed instance: " + statuses);
    }

    @Test
    void anInstanceThatKeepsFailingIsTakenOutOfRotationAndCallsFailFast() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/dead/x")
                    .then().statusCode(503).body("detail", equalTo("The dead service cannot be reached"));
        }
        given().when().get("/api/v1/dead/x")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("10"))
                .body("detail", equalTo("The dead service is failing and taken out of rotation; retry shortly"));
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.dead", equalTo("0 of 1 instances in rotation"))
                .body("checks.find { it.name == 'upstreams' }.data.leveling", equalTo("1 of 1 instances in rotation"));
    }

    @Test
    void oneSlowUpstreamHoldsOnlyItsOwnBulkhead() {
        CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(
                () -> given().when().get("/api/v1/narrow/held/slow").statusCode());
        waitUntilTheStubHolds("/api/v1/narrow/held/slow");
        given().when().get("/api/v1/narrow/x")
                .then().statusCode(503)
                .header("Retry-After", equalTo("1"))
                .body("detail", containsString("limit of requests in flight"));
        given().when().get("/api/v1/frameworks/ai-engineer").then().statusCode(200);
        slow.join();
    }

    @Test
    void aRouteHasItsOwnTimeout() {
        given().when().get("/api/v1/narrow/timeout/slow")
                .then().statusCode(504)
                .body("detail", equalTo("The narrow service did not answer within 500 ms"));
    }

    @Test
    @TestSecurity(user = "rita", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void aClientOverItsRateIsToldToSlowDown() {
        given().when().get("/api/v1/limited/x")
                .then().statusCode(200)
                .header("RateLimit-Limit", equalTo("2"))
                .header("RateLimit-Remaining", equalTo("1"));
        given().when().get("/api/v1/limited/x").then().statusCode(200).header("RateLimit-Remaining", equalTo("0"));
        given().when().get("/api/v1/limited/x")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo("urn:career-platform:problem:too-many-requests"));
        given().when().get("/api/v1/frameworks/ai-engineer").then().statusCode(200);
    }

    @Test
    @TestSecurity
    void callsWithoutAValidTokenAreLimitedPerAddress() throws Exception {
        // Several callers at once: one alone may be slower than the bucket refills (50 a second) on a busy machine.
        AtomicReference<Response> limited = new AtomicReference<>();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int caller = 0; caller < 4; caller++) {
                calls.add(callers.submit(() -> {
                    for (int i = 0; i < 300 && limited.get() == null; i++) {
                        Response answer = given().when().get("/api/v1/frameworks/ai-engineer");
                        if (answer.statusCode() != 401) {
                            limited.compareAndSet(null, answer);
                        }
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
            assertNotNull(limited.get(), "no call was limited");
            limited.get().then().statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .header("RateLimit-Remaining", equalTo("0"));
        } finally {
            callers.shutdownNow();
            // The other tests' anonymous calls share this address's bucket: let it fill again (100 at 50/s).
            Thread.sleep(2_100);
        }
    }

    @Test
    void everyAnswerCarriesProtectiveHeadersAndHrDataIsNeverCached() {
        given().when().get("/api/v1/comp-bands/x")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Cache-Control", equalTo("no-store"))
                .header("Strict-Transport-Security", nullValue());
        given().when().get("/api/v1/frameworks/ai-engineer/cacheable")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"));
        given().header("X-Forwarded-Proto", "https").when().get("/api/v1/unknown")
                .then().statusCode(404)
                .header("Cache-Control", equalTo("no-store"))
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void aTokenInTheQueryStringIsRefused() {
        given().queryParam("access_token", "eyJhbGciOiJSUzI1NiJ9.e30.c2ln").when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_request"))
                .header("X-Upstream", nullValue());
    }

    @Test
    void onlyConfiguredPortalOriginsMayCallFromABrowser() {
        given().header("Origin", "http://127.0.0.1:3000").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://127.0.0.1:3000"));
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
        given().header("Origin", "http://localhost:3000").when().get("/api/v1/frameworks/ai-engineer")
                .then().header("Vary", containsString("Origin"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/frameworks/ai-engineer")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void requestsAreCountedPerRouteAndStatus() {
        given().when().get("/api/v1/frameworks/ai-engineer").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("gateway_requests_seconds_count{method=\"GET\",route=\"frameworks\",status=\"200\"}"),
                metrics.lines().filter(line -> line.startsWith("gateway_requests")).toList().toString());
    }

    private static void waitUntilTheStubHolds(String path) {
        for (int i = 0; i < 100 && StubUpstream.HELD.stream().noneMatch(path::equals); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
