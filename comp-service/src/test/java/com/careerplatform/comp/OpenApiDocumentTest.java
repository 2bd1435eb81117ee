package com.careerplatform.comp;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published API document describes every operation with a summary and its refusals. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAndDocumentsItsAuthenticationAndRoleRefusals() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (operation.get("summary") == null || !responses.containsKey("401") || !responses.containsKey("403")) {
                missing.add(method.toUpperCase() + " " + path);
            }
        }));
        assertTrue(paths.size() >= 12, "only " + paths.keySet() + " documented");
        assertEquals(List.of(), missing);
    }
}
