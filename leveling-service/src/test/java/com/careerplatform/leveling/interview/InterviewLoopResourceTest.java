package com.careerplatform.leveling.interview;

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

/** The interview loop: the seed's 7.1–7.6 line for line, 3.2's probes as a bank for senior candidates. */
@QuarkusTest
class InterviewLoopResourceTest {

    private static final String LOOP = "/api/v1/frameworks/ai-engineer/interview-loop";

    @Test
    @TestSecurity(user = "hana", roles = "hiring-committee", augmentors = PlatformMemberAugmentor.class)
    void theLoopCarriesExactlyTheSeedsRoundsAndBanks() {
        JsonPath loop = given().when().get(LOOP).then().statusCode(200).extract().jsonPath();
        assertEquals("A typical AI Engineer loop: 5-7 rounds", loop.getString("title"));
        assertEquals(5, loop.getInt("minRounds"));
        assertEquals(7, loop.getInt("maxRounds"));

        Map<String, List<String>> served = new LinkedHashMap<>();
        List<String> rounds = new ArrayList<>();
        loop.<Map<String, String>>getList("rounds").forEach(round -> rounds.add(round.get("name") + " — " + round.get("focus")));
        served.put("loop | 7.1 | rounds", rounds);
        List<Map<String, Object>> banks = loop.getList("banks");
        for (Map<String, Object> bank : banks) {
            if (!((List<?>) bank.get("levels")).isEmpty()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> bankRounds = (List<String>) bank.get("rounds");
            String header = "bank " + bank.get("kind") + " " + (bankRounds.isEmpty() ? "-" : String.join(" ", bankRounds))
                    + " | " + bank.get("section");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> entries = (List<Map<String, String>>) bank.get("entries");
            served.put(header + " | entries", entries.stream().map(entry -> entry.get("text")).toList());
            if (bank.get("closing") != null) {
                served.put(header + " | closing", List.of((String) bank.get("closing")));
            }
        }
        Map<String, List<String>> expected = new LinkedHashMap<>(Transcriptions.ofGuides("loop"));
        expected.putAll(Transcriptions.ofGuides("bank"));
        assertEquals(expected, served);
        assertEquals(List.of("RECRUITER_SCREEN", "HIRING_MANAGER", "CODING", "ML_LLM_FUNDAMENTALS", "SYSTEM_DESIGN",
                "BEHAVIORAL", "BAR_RAISER"), loop.getList("rounds.code"));
    }

    @Test
    @TestSecurity(user = "hana", roles = "hiring-committee", augmentors = PlatformMemberAugmentor.class)
    void aRoundSeesItsOwnBankWithNumberedQuestionsAndTheSeniorProbes() {
        given().queryParam("round", "ml_llm_fundamentals").when().get(LOOP)
                .then().statusCode(200)
                .body("rounds.code", equalTo(List.of("ML_LLM_FUNDAMENTALS")))
                .body("rounds[0].banks", equalTo(List.of("7.2", "7.5", "7.6", "3.2")))
                .body("banks.section", equalTo(List.of("7.2", "7.5", "7.6", "3.2")))
                .body("banks[0].entries[0].id", equalTo("7.2.1"))
                .body("banks[0].entries[0].text", equalTo("Attention mechanism — Q, K, V math and why we divide by sqrt(d_k)."))
                .body("banks[3].levels", equalTo(List.of("L5")))
                .body("banks[3].title", equalTo("What senior interviews probe"))
                .body("banks[3].entries.id", equalTo(List.of("3.2.1", "3.2.2", "3.2.3", "3.2.4")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void badRoundsVersionsAndFrameworksAreProblems() {
        given().queryParam("round", "LUNCH").when().get(LOOP)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("round"))
                .body("errors[0].message", containsString("BAR_RAISER"));
        given().queryParam("version", 100_001).when().get(LOOP).then().statusCode(400);
        given().queryParam("version", 99).when().get(LOOP).then().statusCode(404);
        given().when().get("/api/v1/frameworks/data-engineer/interview-loop").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "victor", roles = "offline_access", augmentors = PlatformMemberAugmentor.class)
    void refusesAccountsWithoutAPlatformRole() {
        given().when().get(LOOP).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusesCallsWithoutAToken() {
        given().when().get(LOOP).then().statusCode(401);
    }
}
