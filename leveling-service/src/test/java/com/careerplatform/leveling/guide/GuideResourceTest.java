package com.careerplatform.leveling.guide;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import com.careerplatform.leveling.framework.Transcriptions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guides: the seed's sections 8–12, its checklist and anti-patterns, line for line, to every employee. */
@QuarkusTest
class GuideResourceTest {

    private static final String GUIDES = "/api/v1/frameworks/ai-engineer/guides";

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void everyGuideCarriesExactlyTheSeedsLinesInOrder() {
        JsonPath guides = given().when().get(GUIDES).then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> served = new LinkedHashMap<>();
        List<Map<String, Object>> all = guides.getList("guides");
        for (Map<String, Object> guide : all) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> passages = (List<Map<String, Object>>) guide.get("passages");
            for (Map<String, Object> passage : passages) {
                for (String field : List.of("text", "items", "closing")) {
                    Object value = passage.get(field);
                    if (value == null || value instanceof List<?> list && list.isEmpty()) {
                        continue;
                    }
                    String header = "guide " + guide.get("code") + " " + guide.get("use") + " | "
                            + passage.getOrDefault("section", "-") + " | " + field;
                    List<String> lines = served.computeIfAbsent(header, key -> new ArrayList<>());
                    if (value instanceof List<?> list) {
                        list.forEach(line -> lines.add((String) line));
                    } else {
                        lines.add((String) value);
                    }
                }
            }
        }
        assertEquals(Transcriptions.ofGuides("guide"), served);
        assertEquals(List.of("PORTFOLIO", "COMPENSATION", "REMOTE", "NEXT_DECADE", "PACING", "CHECKLIST", "ANTI_PATTERNS"),
                guides.getList("guides.code"));
    }

    @Test
    @TestSecurity(user = "pat", roles = "portal-reader", augmentors = PlatformMemberAugmentor.class)
    void readsOneGuideByItsCodeInAnyCase() {
        given().when().get(GUIDES + "/compensation")
                .then().statusCode(200)
                .body("framework", equalTo("ai-engineer"))
                .body("code", equalTo("COMPENSATION"))
                .body("passages.section", equalTo(List.of("9.2", "9.3", "9.5")))
                .body("passages[1].items[1]", equalTo("Korea-based TC: $150K-$350K (stock included)."));
        given().when().get(GUIDES + "/CHECKLIST")
                .then().statusCode(200)
                .body("use", equalTo("SELF_CHECK"))
                .body("passages[0].text", equalTo("Is my career actually well-designed?"))
                .body("passages[0].items.size()", equalTo(12));
        given().when().get(GUIDES + "/PORTFOLIO")
                .then().statusCode(200)
                .body("use", equalTo("EVIDENCE_HINTS"))
                .body("passages.find { it.section == '8.5' }.evidenceKinds", equalTo(List.of("BLOG_POST")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void anUnknownGuideOrVersionIsAProblemNamingWhatExists() {
        given().when().get(GUIDES + "/SALARY")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("has no guide 'SALARY'; its guides are [PORTFOLIO, COMPENSATION"));
        given().when().get("/api/v1/frameworks/data-engineer/guides").then().statusCode(404);
        given().queryParam("version", 0).when().get(GUIDES).then().statusCode(400);
        given().when().get(GUIDES + "/" + "X".repeat(65)).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void refusesAccountsWithoutAPlatformRole() {
        given().when().get(GUIDES).then().statusCode(403).contentType("application/problem+json");
        given().when().get(GUIDES + "/PACING").then().statusCode(403);
    }

    @Test
    void refusesCallsWithoutAToken() {
        given().when().get(GUIDES).then().statusCode(401);
    }
}
