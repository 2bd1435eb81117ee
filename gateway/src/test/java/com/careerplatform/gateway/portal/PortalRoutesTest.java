package com.careerplatform.gateway.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The portal's pages at / from the portal module's jar, with their security headers, and their settings. */
@QuarkusTest
class PortalRoutesTest {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self' http://127.0.0.1:1; form-action 'self' http://127.0.0.1:1; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @Test
    void thePageIsServedAtTheRootWithoutATokenAndNeverCached() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .body(containsString("<script type=\"module\""));
    }

    @Test
    void hashedAssetsAreCachedForGoodUnderTheSamePolicy() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        assertTrue(script.find(), "the page names its script");
        given().when().get(script.group(1))
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Content-Security-Policy", POLICY);
    }

    @Test
    void theSettingsNameTheRealmAndThePublicClient() {
        given().when().get("/portal/config.json")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .header("Cache-Control", "no-cache")
                .body("authority", equalTo("http://127.0.0.1:1/realms/career"))
                .body("clientId", equalTo("portal"));
    }

    @Test
    void theApiAnswersCarryNoPagePolicy() {
        given().when().get("/api/v1/frameworks")
                .then().statusCode(401)
                .header("Content-Security-Policy", (String) null);
    }

    @Test
    void thePolicyAllowsTheRealmsOriginOnlyNotItsPath() {
        String policy = PortalRoutes.contentSecurityPolicy(URI.create("https://auth.career.example.com:8443/realms/career"));
        assertTrue(policy.contains("connect-src 'self' https://auth.career.example.com:8443;"), policy);
        assertTrue(policy.contains("form-action 'self' https://auth.career.example.com:8443;"), policy);
        assertEquals(-1, policy.indexOf("/realms"), policy);
    }
}
