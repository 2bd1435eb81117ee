package com.careerplatform.leveling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the service refuses a caller without a token (401) and an account that holds no
 * platform role (403). The role rules within the platform are tested beside each feature.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String DECISION = "/api/v1/leveling-decisions/00000000-0000-4000-8000-000000000001";

    private record Call(String method, String path) {
    }

    private static final List<Call> ENDPOINTS = List.of(
            new Call("GET", "/api/v1/frameworks"),
            new Call("POST", "/api/v1/frameworks"),
            new Call("GET", "/api/v1/frameworks/ai-engineer"),
            new Call("GET", "/api/v1/frameworks/ai-engineer/levels"),
            new Call("GET", "/api/v1/frameworks/ai-engineer/levels/L5"),
            new Call("GET", "/api/v1/frameworks/ai-engineer/diff?from=1&to=2"),
            new Call("GET", "/api/v1/frameworks/ai-engineer/versions"),
            new Call("POST", "/api/v1/frameworks/ai-engineer/versions"),
            new Call("GET", "/api/v1/frameworks/ai-engineer/versions/1"),
            new Call("PUT", "/api/v1/frameworks/ai-engineer/versions/1"),
            new Call("POST", "/api/v1/frameworks/ai-engineer/versions/1/publish"),
            new Call("GET", "/api/v1/company-ladders"),
            new Call("POST", "/api/v1/company-ladders"),
            new Call("GET", "/api/v1/company-ladders/meta"),
            new Call("GET", "/api/v1/company-ladders/translate?company=meta&label=L5"),
            new Call("POST", "/api/v1/company-ladders/meta/edges"),
            new Call("GET", "/api/v1/leveling-decisions"),
            new Call("POST", "/api/v1/leveling-decisions"),
            new Call("GET", "/api/v1/leveling-decisions/calibration?framework=ai-engineer"),
            new Call("GET", DECISION),
            new Call("PUT", DECISION + "/vote"),
            new Call("POST", DECISION + "/finalize"),
            new Call("GET", "/api/v1/audit-log/leveling"));

    private static void expectEverywhere(int status) {
        for (Call call : ENDPOINTS) {
            RequestSpecification request = given().contentType("application/json").body("{}");
            request.when().request(call.method(), call.path())
                    .then().statusCode(status)
                    .contentType("application/problem+json")
                    .body("status", equalTo(status));
        }
    }

    @Test
    void refusesCallersWithoutToken() {
        expectEverywhere(401);
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void refusesAccountsWithoutAPlatformRole() {
        expectEverywhere(403);
    }
}
