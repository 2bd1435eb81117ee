package com.careerplatform.leveling.framework;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares every level the API serves with the hand-kept transcription of the seed's sections 2–5 in
 * src/test/resources/transcription, bullet for bullet, in order, with kind and section.
 */
@QuarkusTest
@TestSecurity(user = "pat", roles = "portal-reader", augmentors = PlatformMemberAugmentor.class)
class SeedTranscriptionTest {

    private static final Map<String, String> FIELD_OF_KIND = Map.of(
            "EXPECTATION", "expectations", "MUST_DO", "mustDos", "DONT", "donts", "PROOF_POINT", "proofPoints",
            "INTERVIEW_PROBE", "interviewProbes", "COMMON_MISTAKE", "commonMistakes",
            "STAFF_COMPETENCY", "staffCompetencies", "ARCHETYPE", "archetypes");

    /** level → kind field → "section | text" in source order. */
    private static Map<String, Map<String, List<String>>> transcription() throws IOException {
        Map<String, Map<String, List<String>>> expected = new LinkedHashMap<>();
        for (String level : List.of("L3", "L4", "L5", "L6", "L7", "L8")) {
            Map<String, List<String>> kinds = new LinkedHashMap<>();
            FIELD_OF_KIND.values().forEach(field -> kinds.put(field, new ArrayList<>()));
            expected.put(level, kinds);
        }
        List<String> levels = List.of();
        String section = null;
        String field = null;
        try (InputStream in = SeedTranscriptionTest.class.getResourceAsStream("/transcription/ai-engineer-levels.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@ ")) {
                    String[] parts = line.substring(2).split(" \\| ");
                    levels = List.of(parts[0].split(" "));
                    section = parts[1];
                    field = FIELD_OF_KIND.get(parts[2]);
                    continue;
                }
                for (String level : levels) {
                    expected.get(level).get(field).add(section + " | " + line);
                }
            }
        }
        return expected;
    }

    @Test
    void everyLevelCarriesExactlyTheSeedsBulletsOfEachKind() throws IOException {
        JsonPath levels = given().when().get("/api/v1/frameworks/ai-engineer/levels")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, List<String>>> expected = transcription();

        assertEquals(List.copyOf(expected.keySet()), levels.getList("code"));
        for (int i = 0; i < 6; i++) {
            String level = levels.getString("[" + i + "].code");
            for (Map.Entry<String, List<String>> kind : expected.get(level).entrySet()) {
                List<String> served = new ArrayList<>();
                List<Map<String, String>> items = levels.getList("[" + i + "]." + kind.getKey());
                items.forEach(item -> served.add(item.get("section") + " | " + item.get("text")));
                assertEquals(kind.getValue(), served, level + " " + kind.getKey());
            }
        }
    }

    @Test
    void stagesAndYearsFollowTheSeedsHeadingsAndLevelTable() {
        JsonPath levels = given().when().get("/api/v1/frameworks/ai-engineer/levels")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Junior", "Early senior", "Senior", "Staff", "Senior staff", "Principal"),
                levels.getList("stage"));
        assertEquals(List.of(0, 0, 3, 6), levels.getList("years.from").subList(0, 4));
        assertEquals(List.of(3, 3, 6, 10), levels.getList("years.to").subList(0, 4));
        assertNull(levels.get("[4].years.from"));
        assertEquals(List.of("4.1", "4.3"), levels.getList("[3].notes.section"));
        assertEquals("From Tanya Reilly's The Staff Engineer's Path", levels.get("[3].notes[0].text"));
        assertEquals("In AI Engineering, the most common hybrid is Tech Lead + Solver.", levels.get("[3].notes[1].text"));
    }

    @Test
    void staffPromotionBarIsTheSeedsPreparingForStaffAsRules() {
        JsonPath level = given().when().get("/api/v1/frameworks/ai-engineer/levels/L6")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("DESIGN_DOCS", "COMPANY_WIDE_PROBLEM", "EXTERNAL_VISIBILITY"), level.getList("promotionBar.code"));
        assertEquals(List.of("Write 3-5 Design Docs or RFCs.",
                "Lead one company-wide problem: e.g., a company-wide LLM gateway platform.",
                "External visibility: conference talks, technical blog."), level.getList("promotionBar.description"));
        assertEquals(List.of(3, 1, 1), level.getList("promotionBar.minimum"));
        List<String> readings = level.getList("promotionBar.reading");
        assertEquals(3, readings.size());
        readings.forEach(reading -> assertTrue(reading.startsWith("The platform's reading: "), reading));
        assertTrue(readings.get(0).contains("at least 3") && readings.get(0).contains("ACCEPTED or IMPLEMENTED"), readings.get(0));
        assertEquals(List.of("ACCEPTED", "IMPLEMENTED"), level.getList("promotionBar[0].docStatuses"));
        assertEquals(List.of(), given().when().get("/api/v1/frameworks/ai-engineer/levels/L5")
                .then().statusCode(200).extract().jsonPath().getList("promotionBar"));
    }

    @Test
    void tracksOfSectionSixAreServedWithTheFramework() {
        JsonPath framework = given().when().get("/api/v1/frameworks/ai-engineer")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("AI Engineer", "ML Engineer", "Research Engineer", "Research Scientist"),
                framework.getList("tracks.name"));
        assertEquals(List.of("SWE background plus LLM composition.", "Defined by Chip Huyen in 2023.",
                "The majority of most company AI teams today.", "Low entry bar, fierce competition.",
                "Applied — shipping products. PhD not required."), framework.getList("tracks[0].items.text"));
        assertEquals(5, framework.getList("tracks[1].items").size());
        assertEquals("After 2026, the MLE/AIE boundary will blur.", framework.get("trackNotes[0].text"));
        assertEquals("AI Engineer leveling framework — L3 to L8", framework.get("description"),
                "the framework's description is the source's own line (its table of contents)");
        assertEquals("As you climb, it's not just technical depth that matters — the other four become exponentially"
                + " more important.", framework.get("axesNote"));
    }
}
