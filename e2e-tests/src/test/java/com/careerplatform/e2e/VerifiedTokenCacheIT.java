package com.careerplatform.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A token the gateway and a service have verified once is answered from their memory afterwards
 * (kit-web's VerifiedTokens), as their {@code cache_gets_total{cache="verified-tokens"}} metric shows.
 * TokenAttacksIT proves that nothing the cache answers could not pass the full check.
 */
class VerifiedTokenCacheIT {

    private static final String LEVEL = "/api/v1/frameworks/ai-engineer/levels/L5";
    private static final String LEVELING_SERVICE = "http://127.0.0.1:8081";
    private static final Pattern HITS = Pattern.compile(
            "(?m)^cache_gets_total\\{(?=[^}]*cache=\"verified-tokens\")(?=[^}]*result=\"hit\")[^}]*} (\\S+)$");

    private static double hits(String door) {
        String body = given().baseUri(door).when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = HITS.matcher(body);
        assertTrue(matcher.find(), "no verified-tokens hit count at " + door);
        return Double.parseDouble(matcher.group(1));
    }

    private static String freshToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "career-cli")
                .formParam("username", "mark").formParam("password", "mark-pass")
                .when().post(Platform.KEYCLOAK + "/realms/career/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** Directly at a service too: the gateway may spread its requests over several instances. */
    @Test
    void aRepeatedTokenIsAnsweredFromMemoryAtTheGatewayAndAtAService() {
        for (String door : List.of(Platform.GATEWAY, LEVELING_SERVICE)) {
            String token = freshToken();
            double before = hits(door);
            for (int request = 0; request < 3; request++) {
                given().baseUri(door).auth().oauth2(token).when().get(LEVEL).then().statusCode(200);
            }
            assertTrue(hits(door) - before >= 2, door + " verified a token it had verified before again");
        }
    }
}
