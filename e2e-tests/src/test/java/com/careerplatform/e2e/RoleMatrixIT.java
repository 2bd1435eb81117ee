package com.careerplatform.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the gateway's merged OpenAPI document with every kind of caller (no token,
 * an account without platform role, and a real user or client of each role) and checks the role rule
 * of RULES: a caller the rule admits is never refused (no 401, no 403), any other caller gets a 403
 * problem (a SCIM error under /scim/), no token a 401, and nobody a 5xx. An operation the document has and the table lacks (or the
 * reverse) fails the test, so a new endpoint cannot ship without its rule.
 */
class RoleMatrixIT {

    /**
     * Method and path template, then the roles the operation admits (ALL: any of the seven platform roles;
     * platform-service: the platform's relays, which no caller below is, so every one of them is refused).
     */
    private static final String RULES = """
            GET /api/v1/adjustment-proposals|comp-admin,hr-admin
            POST /api/v1/adjustment-proposals|comp-admin,hr-admin,platform-service
            GET /api/v1/adjustment-proposals/{id}|comp-admin,hr-admin
            POST /api/v1/adjustment-proposals/{id}/approve|comp-admin
            POST /api/v1/adjustment-proposals/{id}/reject|comp-admin
            GET /api/v1/audit-log/comp|comp-admin
            GET /api/v1/audit-log/leveling|hr-admin
            GET /api/v1/audit-log/promotion|hr-admin
            GET /api/v1/comp-bands|ALL
            POST /api/v1/comp-bands|comp-admin
            GET /api/v1/comp-bands/export.csv|comp-admin,hr-admin
            POST /api/v1/comp-bands/import|comp-admin
            GET /api/v1/comp-bands/{id}|ALL
            POST /api/v1/comp-bands/{id}/changes|comp-admin
            POST /api/v1/comp-bands/{id}/changes/preview|comp-admin
            GET /api/v1/comp-bands/{id}/history|ALL
            GET /api/v1/comp-records/{employeeId}|ALL
            POST /api/v1/comp-records/{employeeId}/changes|comp-admin
            GET /api/v1/company-ladders|ALL
            POST /api/v1/company-ladders|hr-admin
            GET /api/v1/company-ladders/translate|ALL
            GET /api/v1/company-ladders/{code}|ALL
            POST /api/v1/company-ladders/{code}/edges|hr-admin
            GET /api/v1/events/leveling/deliveries|hr-admin
            POST /api/v1/events/leveling/deliveries/{id}/redeliver|hr-admin
            GET /api/v1/events/leveling/webhooks|hr-admin
            POST /api/v1/events/leveling/webhooks|hr-admin
            DELETE /api/v1/events/leveling/webhooks/{id}|hr-admin
            GET /api/v1/events/leveling/webhooks/{id}|hr-admin
            GET /api/v1/events/promotion/deliveries|hr-admin
            POST /api/v1/events/promotion/deliveries/{id}/redeliver|hr-admin
            GET /api/v1/events/promotion/webhooks|hr-admin
            POST /api/v1/events/promotion/webhooks|hr-admin
            DELETE /api/v1/events/promotion/webhooks/{id}|hr-admin
            GET /api/v1/events/promotion/webhooks/{id}|hr-admin
            GET /api/v1/frameworks|ALL
            POST /api/v1/frameworks|hr-admin
            GET /api/v1/frameworks/{slug}|ALL
            GET /api/v1/frameworks/{slug}/diff|ALL
            GET /api/v1/frameworks/{slug}/guides|ALL
            GET /api/v1/frameworks/{slug}/guides/{code}|ALL
            GET /api/v1/frameworks/{slug}/interview-loop|ALL
            GET /api/v1/frameworks/{slug}/levels|ALL
            GET /api/v1/frameworks/{slug}/levels/{code}|ALL
            GET /api/v1/frameworks/{slug}/versions|ALL
            POST /api/v1/frameworks/{slug}/versions|hr-admin
            GET /api/v1/frameworks/{slug}/versions/{number}|ALL
            PUT /api/v1/frameworks/{slug}/versions/{number}|hr-admin
            POST /api/v1/frameworks/{slug}/versions/{number}/publish|hr-admin
            GET /api/v1/leveling-decisions|hiring-committee,hr-admin
            POST /api/v1/leveling-decisions|hiring-committee
            GET /api/v1/leveling-decisions/calibration|hiring-committee,hr-admin
            GET /api/v1/leveling-decisions/{id}|hiring-committee,hr-admin
            POST /api/v1/leveling-decisions/{id}/finalize|hiring-committee,hr-admin
            PUT /api/v1/leveling-decisions/{id}/vote|hiring-committee
            POST /api/v1/offers/evaluate|comp-admin,hr-admin
            POST /api/v1/people/import|hr-admin
            GET /api/v1/people/{employeeId}|ALL
            POST /api/v1/people/{employeeId}/hire|hr-admin
            POST /api/v1/people/{employeeId}/level-corrections|hr-admin
            GET /api/v1/people/{employeeId}/level-history|ALL
            POST /api/v1/people/{employeeId}/promotions|platform-service
            GET /api/v1/people/{employeeId}/reports|ALL
            GET /api/v1/pay-transparency/indicators|comp-admin,hr-admin
            GET /api/v1/pay-transparency/requests|ALL
            POST /api/v1/pay-transparency/requests|ALL
            GET /api/v1/pay-transparency/requests/{id}|ALL
            POST /api/v1/pay-transparency/requests/{id}/answer|comp-admin
            GET /api/v1/promotion-cycles|ALL
            POST /api/v1/promotion-cycles|hr-admin
            GET /api/v1/promotion-cycles/{id}|ALL
            PUT /api/v1/promotion-cycles/{id}|hr-admin
            POST /api/v1/promotion-cycles/{id}/close|hr-admin
            GET /api/v1/promotion-packets|ALL
            POST /api/v1/promotion-packets|ALL
            GET /api/v1/promotion-packets/{id}|ALL
            PUT /api/v1/promotion-packets/{id}|ALL
            POST /api/v1/promotion-packets/{id}/decision|ALL
            POST /api/v1/promotion-packets/{id}/endorse|ALL
            GET /api/v1/promotion-packets/{id}/readiness|ALL
            PUT /api/v1/promotion-packets/{id}/review|ALL
            GET /api/v1/promotion-packets/{id}/reviews|hr-admin,promotion-committee
            POST /api/v1/promotion-packets/{id}/submit|ALL
            POST /api/v1/promotion-packets/{id}/withdraw|ALL
            GET /api/v1/promotion-packets/{packetId}/evidence|ALL
            POST /api/v1/promotion-packets/{packetId}/evidence|ALL
            DELETE /api/v1/promotion-packets/{packetId}/evidence/{evidenceId}|ALL
            GET /api/v1/self-assessments|ALL
            POST /api/v1/self-assessments|ALL
            GET /api/v1/self-assessments/{id}|ALL
            GET /scim/v2/ResourceTypes|hr-admin
            GET /scim/v2/ResourceTypes/{name}|hr-admin
            GET /scim/v2/Schemas|hr-admin
            GET /scim/v2/Schemas/{urn}|hr-admin
            GET /scim/v2/ServiceProviderConfig|hr-admin
            GET /scim/v2/Users|hr-admin
            POST /scim/v2/Users|hr-admin
            GET /scim/v2/Users/{id}|hr-admin
            PATCH /scim/v2/Users/{id}|hr-admin
            PUT /scim/v2/Users/{id}|hr-admin
            """;

    private static final Set<String> PLATFORM_ROLES = Set.of("employee", "manager", "hiring-committee",
            "promotion-committee", "hr-admin", "comp-admin", "portal-reader");

    /** A caller and the realm roles Keycloak gives it. */
    private record Caller(String name, Set<String> roles, Supplier<RequestSpecification> request) {
    }

    private static Caller user(String name, String... roles) {
        return new Caller(name, Set.of(roles), () -> Platform.as(name));
    }

    private static final List<Caller> CALLERS = List.of(
            user("victor"),
            user("alice", "employee"),
            user("mark", "employee", "manager"),
            user("hana", "employee", "hiring-committee"),
            user("paul", "employee", "promotion-committee"),
            user("helen", "hr-admin"),
            user("carl", "comp-admin"),
            new Caller("hr-system", Set.of("hr-admin", "portal-reader"),
                    () -> Platform.gateway().auth().oauth2(Platform.hrSystemToken())));

    static Map<String, Set<String>> rules() {
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        RULES.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] parts = line.split("\\|");
            rules.put(parts[0], parts[1].equals("ALL") ? PLATFORM_ROLES : Set.of(parts[1].split(",")));
        });
        return rules;
    }

    /** Every operation of the merged document as "METHOD /path", with its request media type. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> documentedOperations() {
        JsonPath document = Platform.gateway().when().get("/openapi/platform.json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> operations = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, byMethod) -> byMethod.forEach((method, operation) -> {
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            String mediaType = body == null ? "application/json"
                    : ((Map<String, Object>) body.get("content")).keySet().iterator().next();
            operations.put(method.toUpperCase() + " " + path, mediaType);
        }));
        return operations;
    }

    /** A path with its parameters filled by values that name nothing that exists. */
    private static String callable(String path) {
        return path.replaceAll("\\{(id|employeeId|packetId|evidenceId)}", "00000000-0000-4000-8000-00000000dead")
                .replace("{number}", "1")
                .replaceAll("\\{[^}]+}", "no-such-thing");
    }

    private static Response call(RequestSpecification request, String operation, String mediaType) {
        String[] parts = operation.split(" ", 2);
        return request.contentType(mediaType).body(mediaType.contains("json") ? "{}" : "x")
                .when().request(parts[0], callable(parts[1]));
    }

    @Test
    void everyDocumentedOperationHasARuleAndEveryRuleAnOperation() {
        Set<String> documented = new TreeSet<>(documentedOperations().keySet());
        Set<String> ruled = new TreeSet<>(rules().keySet());
        Set<String> withoutRule = new TreeSet<>(documented);
        withoutRule.removeAll(ruled);
        Set<String> withoutOperation = new TreeSet<>(ruled);
        withoutOperation.removeAll(documented);
        assertEquals(Set.of(), withoutRule, "operations without a rule in RULES");
        assertEquals(Set.of(), withoutOperation, "rules for operations the platform no longer has");
    }

    @Test
    void everyCallerIsAdmittedOrRefusedExactlyAsTheRulesSay() {
        Map<String, Set<String>> rules = rules();
        List<String> wrong = new ArrayList<>();
        documentedOperations().forEach((operation, mediaType) -> {
            Set<String> admitted = rules.getOrDefault(operation, Set.of());
            int anonymous = call(Platform.gateway(), operation, mediaType).statusCode();
            if (anonymous != 401) {
                wrong.add(operation + " without token: " + anonymous);
            }
            for (Caller caller : CALLERS) {
                Response response = call(caller.request().get(), operation, mediaType);
                int status = response.statusCode();
                boolean admit = caller.roles().stream().anyMatch(admitted::contains);
                String errors = operation.contains(" /scim/") ? "application/scim+json" : "application/problem+json";
                if (status >= 500 || (admit ? status == 401 || status == 403 : status != 403)
                        || (status >= 400 && !response.contentType().startsWith(errors))) {
                    wrong.add(operation + " as " + caller.name() + " (" + (admit ? "admitted" : "refused") + "): " + status);
                }
            }
        });
        assertTrue(wrong.isEmpty(), wrong.size() + " unexpected answers:\n" + String.join("\n", wrong));
    }

    @Test
    void theTableCoversEveryRoleOfTheRealm() {
        Set<String> used = rules().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertTrue(used.containsAll(Arrays.asList("employee", "hiring-committee", "promotion-committee", "hr-admin",
                "comp-admin")), used.toString());
    }
}
