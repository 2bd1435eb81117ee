package com.careerplatform.kit.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.problem.ScimErrors;
import com.careerplatform.kit.request.IdempotencyKeyHeader;
import com.careerplatform.kit.security.PlatformMemberAugmentor;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.kit.security.SecurityLog;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every operation of a service promises, walked over its whole OpenAPI document: no token is a
 * 401 problem, an account without a platform role a 403 problem (under {@code /scim/}: a SCIM error with
 * the status as a string, as RFC 7644 has it), and the document gives each operation
 * a summary, its 401 and 403, and an example for each request body; every creating POST takes an
 * {@code Idempotency-Key}, and every other write refuses one rather than ignore it; a refusal is a line of
 * the security log that names the caller and never quotes the token. A service's test extends this class
 * and adds {@code @QuarkusTest}; the role rules within the platform are tested beside each feature.
 */
public abstract class ApiContractTest {

    /** What a service adds to every refusal (comp-service: {@code Cache-Control: no-store}). */
    protected void checkRefusal(ValidatableResponse refusal) {
    }

    private void expectEverywhere(int status) {
        List<ApiOperations.Operation> operations = ApiOperations.ofServiceUnderTest();
        assertFalse(operations.isEmpty());
        for (ApiOperations.Operation operation : operations) {
            String mediaType = operation.requestMediaType();
            boolean scim = ScimErrors.appliesTo(operation.path());
            ValidatableResponse refusal = given().contentType(mediaType).body(mediaType.contains("json") ? "{}" : "x")
                    .when().request(operation.method(), operation.callablePath())
                    .then().statusCode(status)
                    .contentType(scim ? ScimErrors.MEDIA_TYPE : "application/problem+json")
                    .body("status", scim ? equalTo(String.valueOf(status)) : equalTo(status));
            checkRefusal(refusal);
        }
    }

    @Test
    void everyOperationRefusesCallersWithoutToken() {
        expectEverywhere(401);
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void everyOperationRefusesAccountsWithoutAPlatformRole() {
        expectEverywhere(403);
    }

    @Test
    void aRefusedTokenIsASecurityEventThatNeverQuotesIt() {
        ApiOperations.Operation operation = ApiOperations.ofServiceUnderTest().stream()
                .filter(candidate -> candidate.method().equals("GET") && !ScimErrors.appliesTo(candidate.path()))
                .findFirst().orElseThrow();
        String secret = "not-a-jwt-" + java.util.UUID.randomUUID();
        List<String> lines = SecurityLog.during(() -> {
            given().header("Authorization", "Bearer " + secret).when().get(operation.callablePath()).then().statusCode(401);
            given().when().get(operation.callablePath()).then().statusCode(401);
        });
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("401 GET " + operation.callablePath())), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("401 " + operation.callablePath() + ": no credentials")),
                lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains(secret)), lines.toString());
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void aRefusedRoleIsASecurityEventNamingTheCaller() {
        ApiOperations.Operation operation = ApiOperations.ofServiceUnderTest().stream()
                .filter(candidate -> candidate.method().equals("GET") && !ScimErrors.appliesTo(candidate.path()))
                .findFirst().orElseThrow();
        List<String> lines = SecurityLog.during(() -> given().when().get(operation.callablePath()).then().statusCode(403));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("403 GET " + operation.callablePath() + " subject=victor")),
                lines.toString());
    }

    @Test
    void everyCreatingPostTakesAnIdempotencyKey() {
        List<String> missing = new ArrayList<>();
        for (ApiOperations.Operation operation : ApiOperations.ofServiceUnderTest()) {
            if (operation.method().equals("POST") && operation.responses().containsKey("201")
                    && !ScimErrors.appliesTo(operation.path()) && !operation.takesHeader(IdempotencyKeyHeader.NAME)) {
                missing.add(operation.toString());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    @TestSecurity(user = "root", roles = {Roles.EMPLOYEE, Roles.MANAGER, Roles.HIRING_COMMITTEE, Roles.PROMOTION_COMMITTEE,
        Roles.HR_ADMIN, Roles.COMP_ADMIN, Roles.PORTAL_READER, Roles.PLATFORM_SERVICE}, augmentors = PlatformMemberAugmentor.class)
    void everyWriteWithoutAnIdempotencyKeyRefusesOne() {
        for (ApiOperations.Operation operation : ApiOperations.ofServiceUnderTest()) {
            if (operation.method().equals("GET") || operation.takesHeader(IdempotencyKeyHeader.NAME)) {
                continue;
            }
            String mediaType = operation.requestMediaType();
            boolean scim = ScimErrors.appliesTo(operation.path());
            given().header(IdempotencyKeyHeader.NAME, "retry-1").contentType(mediaType).body(mediaType.contains("json") ? "{}" : "x")
                    .when().request(operation.method(), operation.callablePath())
                    .then().statusCode(400)
                    .body(scim ? "detail" : "errors[0].field", scim ? containsString(IdempotencyKeyHeader.NAME) : equalTo(IdempotencyKeyHeader.NAME));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedWithASummaryItsRefusalsAndExamples() {
        List<String> missing = new ArrayList<>();
        for (ApiOperations.Operation operation : ApiOperations.ofServiceUnderTest()) {
            Map<String, Object> responses = operation.responses();
            if (operation.spec().get("summary") == null || !responses.containsKey("401") || !responses.containsKey("403")) {
                missing.add(operation + ": summary, 401 or 403");
            }
            Map<String, Object> body = (Map<String, Object>) operation.spec().get("requestBody");
            if (body != null && ((Map<String, Map<String, Object>>) body.get("content")).values().stream()
                    .noneMatch(media -> media.containsKey("examples") || media.containsKey("example"))) {
                missing.add(operation + ": request body example");
            }
        }
        assertEquals(List.of(), missing);
    }
}
