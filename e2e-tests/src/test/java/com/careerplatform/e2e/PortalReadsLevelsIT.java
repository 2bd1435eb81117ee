package com.careerplatform.e2e;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

/** An employee and the HR system read level expectations through the gateway with real tokens. */
class PortalReadsLevelsIT {

    private static final String L5 = "/api/v1/frameworks/ai-engineer/levels/L5";

    @Test
    void employeeReadsTheSeniorLevelOfTheSeedFramework() {
        Platform.as("alice").header("X-Request-Id", "e2e-l5").when().get(L5)
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("e2e-l5"))
                .header("ETag", equalTo("\"ai-engineer.v1.L5\""))
                .body("code", equalTo("L5"))
                .body("stage", equalTo("Senior"))
                .body("years.from", equalTo(3))
                .body("years.to", equalTo(6))
                .body("axes.name", contains("Technical depth", "System design", "Product sense", "Communication",
                        "Leadership"))
                .body("expectations.text", hasItem("Cross-team coordination: PM, Design, Data, Infra."))
                .body("interviewProbes", hasSize(4))
                .body("proofPoints.text", hasItem("Write 3-5 Design Docs or RFCs."));
    }

    @Test
    void hrSystemReadsWithClientCredentials() {
        Platform.gateway().auth().oauth2(Platform.hrSystemToken()).when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200)
                .body("levels.code", contains("L3", "L4", "L5", "L6", "L7", "L8"));
    }

    @Test
    void callWithoutTokenIsUnauthorized() {
        Platform.gateway().when().get(L5)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void tamperedTokenIsUnauthorized() {
        String token = Platform.userToken("alice");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        Platform.gateway().auth().oauth2(tampered).when().get(L5)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void accountWithoutPlatformRoleIsForbidden() {
        Platform.as("victor").when().get(L5)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:forbidden"));
    }

    @Test
    void unknownLevelIsAProblemThatListsTheLevels() {
        Platform.as("alice").when().get("/api/v1/frameworks/ai-engineer/levels/L9")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("[L3, L4, L5, L6, L7, L8]"));
    }
}
