package com.careerplatform.comp.band;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every cell of seed tables 9.1–9.3 is served as a band, compared with src/test/resources/transcription/pay-tables.txt. */
@QuarkusTest
@TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
class PayTableTranscriptionTest {

    private static List<String[]> transcription() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = PayTableTranscriptionTest.class.getResourceAsStream("/transcription/pay-tables.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(" \\| "));
                }
            }
        }
        return rows;
    }

    @Test
    void eachKoreanBandSaysWhichLevelsItsRowCoversAndWhy() {
        JsonPath bands = given().queryParam("asOf", "2025-06-30").queryParam("market", "KR").queryParam("size", 200)
                .when().get("/api/v1/comp-bands")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> rowOfLevel = Map.of("L3", "Junior", "L4", "Junior", "L5", "Senior", "L6", "Staff",
                "L7", "Principal", "L8", "Principal");
        List<Map<String, Object>> seeded = bands.<Map<String, Object>>getList("items").stream()
                .filter(band -> String.valueOf(band.get("source")).startsWith("seed 9.1")).toList();
        assertEquals(24, seeded.size());
        for (Map<String, Object> band : seeded) {
            String level = (String) band.get("levelCode");
            String source = (String) band.get("source");
            assertTrue(source.startsWith("seed 9.1, row " + rowOfLevel.get(level) + ": the title of "), source);
            assertTrue(source.contains(level), source);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCellOfThePayTablesIsABandWithExactAmounts() throws IOException {
        JsonPath bands = given().queryParam("asOf", "2025-06-30").queryParam("size", 200)
                .when().get("/api/v1/comp-bands")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> seeded = bands.<Map<String, Object>>getList("items").stream()
                .filter(band -> String.valueOf(band.get("source")).startsWith("seed 9."))
                .toList();
        List<String[]> rows = transcription();
        assertEquals(rows.size(), seeded.size(), "seeded bands");
        for (String[] row : rows) {
            List<Map<String, Object>> matches = seeded.stream()
                    .filter(band -> band.get("levelCode").equals(row[1]) && band.get("market").equals(row[2])
                            && band.get("segment").equals(row[3]))
                    .toList();
            String cell = String.join(" | ", row);
            assertEquals(1, matches.size(), cell);
            Map<String, Object> band = matches.get(0);
            assertEquals(row[4], band.get("currency"), cell);
            assertEquals(row[5], band.get("totalCompMin"), cell);
            assertEquals(row[6].equals("-") ? null : row[6], band.get("totalCompMax"), cell);
            assertEquals(Boolean.valueOf(row[7]), band.get("openEnded"), cell);
            assertEquals(row[8], band.get("equityNote"), cell);
            assertEquals(row[9], band.get("sourceLabel"), cell);
            assertEquals(row[0], String.valueOf(band.get("source")).substring(5, 8), cell);
            Map<String, Object> guidance = (Map<String, Object>) band.get("guidance");
            assertEquals(4, guidance.get("vestingYears"), cell);
            assertEquals(12, guidance.get("cliffMonths"), cell);
            assertEquals("10", guidance.get("bonusTargetMinPercent"), cell);
            assertEquals("25", guidance.get("bonusTargetMaxPercent"), cell);
            assertEquals(row[2].equals("US")
                    ? "RSU (Restricted Stock) — 4-year vest, 1-year cliff. Options — startup land. 83(b) election."
                    : "RSU (Restricted Stock) — 4-year vest, 1-year cliff.", guidance.get("equity"),
                    cell + ": 9.4's Options / 83(b) bullet is a US election, on US bands only");
        }
    }
}
