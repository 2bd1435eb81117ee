package com.careerplatform.comp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the service refuses a caller without a token (401) and an account that holds no
 * platform role (403). The role rules within the platform are tested beside each feature.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String ID = "00000000-0000-4000-8000-000000000001";

    private record Call(String method, String path, String contentType) {
    }

    private static final List<Call> ENDPOINTS = List.of(
            new Call("GET", "/api/v1/comp-bands", "application/json"),
            new Call("POST", "/api/v1/comp-bands", "application/json"),
            new Call("GET", "/api/v1/comp-bands/" + ID, "application/json"),
            new Call("GET", "/api/v1/comp-bands/" + ID + "/history", "application/json"),
            new Call("POST", "/api/v1/comp-bands/" + ID + "/changes", "application/json"),
            new Call("POST", "/api/v1/comp-bands/" + ID + "/changes/preview", "application/json"),
            new Call("GET", "/api/v1/comp-bands/export.csv", "application/json"),
            new Call("POST", "/api/v1/comp-bands/import", "text/csv"),
            new Call("POST", "/api/v1/offers/evaluate", "application/json"),
            new Call("GET", "/api/v1/comp-records/E1001", "application/json"),
            new Call("POST", "/api/v1/comp-records/E1001/changes", "application/json"),
            new Call("POST", "/api/v1/adjustment-proposals", "application/json"),
            new Call("GET", "/api/v1/adjustment-proposals", "application/json"),
            new Call("GET", "/api/v1/adjustment-proposals/" + ID, "application/json"),
            new Call("POST", "/api/v1/adjustment-proposals/" + ID + "/approve", "application/json"),
            new Call("POST", "/api/v1/adjustment-proposals/" + ID + "/reject", "application/json"),
            new Call("POST", "/api/v1/pay-transparency/requests", "application/json"),
            new Call("GET", "/api/v1/pay-transparency/requests", "application/json"),
            new Call("GET", "/api/v1/pay-transparency/requests/" + ID, "application/json"),
            new Call("POST", "/api/v1/pay-transparency/requests/" + ID + "/answer", "application/json"),
            new Call("GET", "/api/v1/pay-transparency/indicators?currency=USD", "application/json"),
            new Call("GET", "/api/v1/audit-log/comp", "application/json"));

    private static void expectEverywhere(int status) {
        for (Call call : ENDPOINTS) {
            given().contentType(call.contentType()).body(call.contentType().equals("text/csv") ? "x" : "{}")
                    .when().request(call.method(), call.path())
                    .then().statusCode(status)
                    .contentType("application/problem+json")
                    .header("Cache-Control", equalTo("no-store"))
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
