package com.careerplatform.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The checklist round trip through the gateway with real tokens: alice reads the framework's checklist,
 * answers it for herself and reads it back; mark, her manager in the people record, reads it; hana, not
 * her manager, finds nothing.
 */
class SelfAssessmentIT {

    private static final String ASSESSMENTS = "/api/v1/self-assessments";

    @Test
    void aliceAnswersTheChecklistAndHerManagerReadsIt() {
        JsonPath checklist = Platform.as("alice").when().get("/api/v1/frameworks/ai-engineer/guides/CHECKLIST")
                .then().statusCode(200).extract().jsonPath();
        List<String> items = checklist.getList("passages[0].items");
        assertEquals(12, items.size());
        String answers = IntStream.rangeClosed(1, items.size())
                .mapToObj(item -> "{\"item\": " + item + ", \"checked\": " + (item <= 4) + "}")
                .collect(Collectors.joining(", ", "{\"answers\": [", "]}"));

        String id = Platform.as("alice").contentType("application/json").body(answers)
                .when().post(ASSESSMENTS)
                .then().statusCode(201).body("employeeId", equalTo("E1001")).body("checked", equalTo(4))
                .extract().path("id");
        JsonPath read = Platform.as("alice").when().get(ASSESSMENTS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(items, read.getList("answers.text"));
        assertEquals(List.of(true, true, true, true, false, false, false, false, false, false, false, false),
                read.getList("answers.checked"));
        Platform.as("alice").when().get(ASSESSMENTS).then().statusCode(200).body("items.id", hasItem(id));

        Platform.as("mark").queryParam("employeeId", "E1001").when().get(ASSESSMENTS)
                .then().statusCode(200).body("items.id", hasItem(id));
        Platform.as("mark").when().get(ASSESSMENTS + "/" + id).then().statusCode(200).body("checked", equalTo(4));
        Platform.as("hana").when().get(ASSESSMENTS + "/" + id).then().statusCode(404);
        Platform.as("hana").queryParam("employeeId", "E1001").when().get(ASSESSMENTS).then().statusCode(404);
    }
}
