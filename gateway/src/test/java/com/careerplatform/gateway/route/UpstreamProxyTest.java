package com.careerplatform.gateway.route;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(StubUpstream.class)
class UpstreamProxyTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // A gateway that hangs must fail these tests, not stall the build.
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 15_000)
                .setParam("http.connection.timeout", 5_000));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void forwardsPathQueryBodyAndRequestIdToTheRoutedUpstream() {
        given().header("X-Request-Id", "req-42").contentType("application/json").body("{\"a\":1}")
                .when().post("/api/v1/comp-bands/x?asOf=2026-01-01")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("req-42"))
                .header("X-Upstream", equalTo("stub"))
                .body("version", equalTo("HTTP_1_1"))
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/comp-bands/x?asOf=2026-01-01"))
                .body("requestId", equalTo("req-42"))
                .body("body", equalTo("{\"a\":1}"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void theCallersConnectionHeadersStayWithTheCallersConnection() {
        given().header("Proxy-Connection", "keep-alive").header("Keep-Alive", "timeout=5").header("TE", "gzip")
                .header("Upgrade", "websocket").header("Trailer", "X-Checksum")
                .when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200)
                .body("version", equalTo("HTTP_2"))
                .body("uri", equalTo("/api/v1/frameworks/ai-engineer"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void anOverlongUriOrOverlargeHeadersAreProblemsNotEmptyAnswers() {
        given().queryParam("q", "a".repeat(70_000)).when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:uri-too-long"));
        given().header("X-Big", "b".repeat(20_000)).when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(431).contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:headers-too-large"));
        given().queryParam("filter", "a".repeat(9_000)).when().get("/scim/v2/Users")
                .then().statusCode(414).contentType("application/scim+json").body("status", equalTo("414"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void passesTheCallersHostOnAndSaysWhereTheRequestCameFromItself() {
        given().header("Host", "portal.example:8080")
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "10.6.6.6").header("Forwarded", "for=10.6.6.6;host=evil.example")
                .when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200)
                .body("host", equalTo("portal.example:8080"))
                .body("forwardedFor", equalTo("127.0.0.1"))
                .body("forwardedHost", nullValue())
                .body("forwardedProto", nullValue())
                .body("forwarded", nullValue());
    }

    @Test
    void theMergedDocumentIsAtTheConventionalPlaceToo() {
        given().when().get("/q/openapi").then().statusCode(200).contentType("application/json")
                .body("info.title", equalTo("Career Platform API"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void generatesARequestIdWhenTheCallerSendsNoneOrAnUnsafeOne() {
        given().when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "evil\u0001id").when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void relaysUpstreamErrorsAsTheyAre() {
        given().when().get("/api/v1/frameworks/missing").then().statusCode(404).header("X-Upstream", equalTo("stub"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void matchesPrefixesOnWholeSegmentsOnly() {
        given().when().get("/api/v1/frameworksx/ai-engineer")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Upstream", nullValue());
    }

    @Test
    void refusesCallsWithoutToken() {
        given().when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("X-Upstream", nullValue());
    }

    @Test
    void answersServiceUnavailableWhenTheIdentityProviderCannotBeReached() {
        // The test profile points OIDC at a closed port, as when Keycloak is down.
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2ln").when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:service-unavailable"))
                .header("X-Upstream", nullValue());
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void refusesCallersWithoutTheRoutesRole() {
        given().when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:forbidden"))
                .header("X-Upstream", nullValue());
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void answersServiceUnavailableAtOnceWhenTheUpstreamIsDown() {
        given().when().get("/api/v1/promotion-cycles")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("promotion"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void answersGatewayTimeoutWhenTheUpstreamStaysSilent() {
        given().when().get("/api/v1/narrow/x/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:upstream-timeout"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void refusesOversizedBodies() {
        given().contentType("application/json").body("{\"x\":\"" + "a".repeat(1_100_000) + "\"}")
                .when().post("/api/v1/comp-bands")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void unknownApiPathIsAProblem() {
        given().when().get("/api/v1/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
