package com.careerplatform.gateway.route;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With HTTP/2 to the upstreams switched off (as on Kubernetes), reads too go over pooled HTTP/1.1 connections. */
@QuarkusTest
@QuarkusTestResource(StubUpstream.class)
@TestProfile(UpstreamHttp1Test.Http1Upstreams.class)
class UpstreamHttp1Test {

    public static class Http1Upstreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.upstream-http2", "false");
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void relaysAReadOverHttp1() {
        given().header("X-Request-Id", "req-h1").header("Proxy-Connection", "keep-alive")
                .when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("req-h1"))
                .body("version", equalTo("HTTP_1_1"))
                .body("requestId", equalTo("req-h1"));
    }
}
