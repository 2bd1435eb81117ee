package com.careerplatform.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every way of presenting a token the platform must not accept: each is a 401 problem with
 * {@code WWW-Authenticate}, never a 500 and never data, at the gateway and at a service directly.
 */
class TokenAttacksIT {

    private static final String LEVEL = "/api/v1/frameworks/ai-engineer/levels/L5";
    private static final String LEVELING_SERVICE = "http://127.0.0.1:8081";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private static List<RequestSpecification> doors() {
        return List.of(Platform.gateway(), given().baseUri(LEVELING_SERVICE));
    }

    private static void refusedEverywhere(String authorization) {
        for (RequestSpecification door : doors()) {
            door.header("Authorization", authorization).when().get(LEVEL)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401))
                    .body("stage", nullValue())
                    .body(not(containsString("Exception")));
        }
    }

    private static String[] parts(String token) {
        return token.split("\\.");
    }

    private static String passwordToken(String client, String user) {
        return given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user + "-pass")
                .when().post(Platform.KEYCLOAK + "/realms/career/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @Test
    void aGenuineTokenPassesBothDoors() {
        String token = Platform.userToken("alice");
        for (RequestSpecification door : doors()) {
            door.auth().oauth2(token).when().get(LEVEL).then().statusCode(200).body("code", equalTo("L5"));
        }
    }

    @Test
    void malformedAuthorizationHeadersAreRefused() {
        for (String header : List.of("Bearer", "Bearer ", "Bearer abc", "Bearer a.b.c", "Bearer ....",
                "Basic YWxpY2U6YWxpY2UtcGFzcw==", "bearer " + "x".repeat(5000), "Bearer eyJhbGciOiJSUzI1NiJ9.e30.%%%")) {
            refusedEverywhere(header);
        }
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] real = parts(Platform.userToken("alice"));
        String none = URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refusedEverywhere("Bearer " + none + "." + real[1] + ".");
        refusedEverywhere("Bearer " + none + "." + real[1]);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws GeneralSecurityException {
        String[] real = parts(Platform.userToken("alice"));
        KeyPair attacker = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(attacker.getPrivate());
        signer.update((real[0] + "." + real[1]).getBytes(StandardCharsets.US_ASCII));
        refusedEverywhere("Bearer " + real[0] + "." + real[1] + "." + URL.encodeToString(signer.sign()));
    }

    @Test
    void aSignatureSpelledWithItsSpareBitsSetIsRefused() {
        String token = Platform.userToken("alice");
        String signature = parts(token)[2];
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int spareBits = signature.length() % 4 == 2 ? 0x0F : 0x03;
        char last = signature.charAt(signature.length() - 1);
        String respelled = token.substring(0, token.length() - 1) + alphabet.charAt(alphabet.indexOf(last) | spareBits);
        assertArrayEquals(Base64.getUrlDecoder().decode(signature), Base64.getUrlDecoder().decode(parts(respelled)[2]),
                "the same signature bytes, spelled another way");
        refusedEverywhere("Bearer " + respelled);
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] real = parts(Platform.userToken("alice"));
        String payload = new String(Base64.getUrlDecoder().decode(real[1]), StandardCharsets.UTF_8)
                .replace("\"employee\"", "\"hr-admin\"");
        refusedEverywhere("Bearer " + real[0] + "." + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + real[2]);
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() {
        String master = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(Platform.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        refusedEverywhere("Bearer " + master);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token = passwordToken("career-cli-no-audience", "alice");
        String audience = JsonPath.from(new String(Base64.getUrlDecoder().decode(parts(token)[1]), StandardCharsets.UTF_8))
                .getString("aud");
        assertFalse(String.valueOf(audience).contains("career-api"),
                "the probe client's token must lack the audience: " + audience);
        refusedEverywhere("Bearer " + token);
    }

    @Test
    void anExpiredTokenIsRefusedOnceTheGraceIsOver() throws InterruptedException {
        String token = passwordToken("career-cli-short-lived", "alice");
        Platform.gateway().auth().oauth2(token).when().get(LEVEL).then().statusCode(200);
        // 1 s lifetime plus the platform's 10 s grace for clock drift.
        Thread.sleep(12_500);
        refusedEverywhere("Bearer " + token);
    }
}
