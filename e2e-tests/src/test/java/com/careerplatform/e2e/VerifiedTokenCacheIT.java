package com.careerplatform.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A token the gateway and a service have verified once is answered from their memory afterwards
 * (platform-kit's VerifiedTokens), as their {@code cache_gets_total{cache="verified-tokens"}} metric shows.
 * TokenAttacksIT proves that nothing the cache answers could not pass the full check.
 */
class VerifiedTokenCacheIT {

    private static final String LEVEL = "/api/v1/frameworks/ai-engineer/levels/L5";
    private static final String GATEWAY_METRICS = Platform.GATEWAY + "/q/metrics";
    private static final String LEVELING_METRICS = "http://127.0.0.1:8081/q/metrics";
    private static final Pattern HITS = Pattern.compile(
            "(?m)^cache_gets_total\\{(?=[^}]*cache=\"verified-tokens\")(?=[^}]*result=\"hit\")[^}]*} (\\S+)$");

    private static double hits(String metricsUrl) {
        String body = given().when().get(metricsUrl).then().statusCode(200).extract().asString();
        Matcher matcher = HITS.matcher(body);
        assertTrue(matcher.find(), "no verified-tokens hit count at " + metricsUrl);
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void aRepeatedTokenIsAnsweredFromMemoryAtTheGatewayAndInTheService() {
        String fresh = given().formParam("grant_type", "password").formParam("client_id", "career-cli")
                .formParam("username", "mark").formParam("password", "mark-pass")
                .when().post(Platform.KEYCLOAK + "/realms/career/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        double gatewayBefore = hits(GATEWAY_METRICS);
        double serviceBefore = hits(LEVELING_METRICS);

        for (int request = 0; request < 3; request++) {
            Platform.gateway().auth().oauth2(fresh).when().get(LEVEL).then().statusCode(200);
        }

        assertTrue(hits(GATEWAY_METRICS) - gatewayBefore >= 2, "the gateway verified a known token again");
        assertTrue(hits(LEVELING_METRICS) - serviceBefore >= 2,
                "leveling-service verified a known token again");
    }
}
