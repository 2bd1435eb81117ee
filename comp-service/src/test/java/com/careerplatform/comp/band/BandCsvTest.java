package com.careerplatform.comp.band;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BandCsvTest {

    /** REST Assured sends a text/* body as ISO-8859-1 unless told; the guidance's dashes need UTF-8, as curl sends. */
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String HEADER = "frameworkSlug,levelCode,market,segment,currency,totalCompMin,totalCompMax,"
            + "openEnded,equityNote,visibility,effectiveFrom,effectiveTo,sourceLabel,source\n";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static long bandsFrom(String source) {
        return given().queryParam("asOf", "2032-06-01").queryParam("size", 200).when().get("/api/v1/comp-bands")
                .then().statusCode(200).extract().jsonPath().getList("items.source").stream()
                .filter(source::equals).count();
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void importsEveryRowOrNoneAndReportsEachBadRowByNumber() {
        String source = "csv " + UUID.randomUUID();
        String bad = HEADER
                + "stub-framework,L5,US,BIG_TECH,USD,380000.00,550000.00,false,NONE,INTERNAL,2032-01-01,,,%s\n".formatted(source)
                + "stub-framework,L5,US,BIG_TECH,USD,550000.00,380000.00,false,NONE,INTERNAL,2032-01-01,,,%s\n".formatted(source)
                + "stub-framework,L9,US,UNICORN,USD,1,2,false,NONE,INTERNAL,2032-01-01,,,%s\n".formatted(source)
                + "stub-framework,L5,MARS,UNICORN,USD,1,2,false,NONE,INTERNAL,2032-01-01,,,%s\n".formatted(source)
                + "stub-framework,L5,US,BIG_TECH,USD,1,2,false,NONE,INTERNAL,2032-06-01,,,%s\n".formatted(source)
                + "ai-engineer,L5,US,BIG_TECH,USD,1,2,false,NONE,INTERNAL,2025-06-01,2032-12-31,,%s\n".formatted(source);
        given().contentType(CSV).body(bad).when().post("/api/v1/comp-bands/import")
                .then().statusCode(400)
                .body("detail", containsString("nothing was imported"))
                .body("errors.field", hasItems("row 3.totalCompMax", "row 4.levelCode", "row 5.market", "row 6", "row 7"))
                .body("errors.message", hasItem("overlaps row 2 of this file"))
                .body("errors.message", hasItem(allOf(containsString("change it with POST /api/v1/comp-bands/"),
                        containsString("without effectiveTo"))));
        org.junit.jupiter.api.Assertions.assertEquals(0, bandsFrom(source));

        String good = HEADER
                + "stub-framework,L5,US,BIG_TECH,USD,380000.00,550000.00,false,NONE,INTERNAL,2032-01-01,,$380K-$550K,%s\n".formatted(source)
                + "stub-framework,L6,KR,NAVER_KAKAO,KRW,150000000,,true,STOCK,PUBLISHED,2032-01-01,,150M+,%s\n".formatted(source);
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType(CSV).body(good).when().post("/api/v1/comp-bands/import")
                .then().statusCode(201).body("imported", equalTo(2));
        given().header("Idempotency-Key", key).contentType(CSV).body(good).when().post("/api/v1/comp-bands/import")
                .then().statusCode(201).header("Idempotency-Replayed", equalTo("true"));
        org.junit.jupiter.api.Assertions.assertEquals(2, bandsFrom(source));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void everyProblemOfEveryRowIsReportedInRowOrderWithoutJava() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int row = 2; row <= 11; row++) {
            file.append("stub-framework,%s,US,EARLY_STAGE,USD,1,2,false,NONE,INTERNAL,2040-0%d-01,2040-0%d-02,,\n"
                    .formatted(row == 3 ? "L9" : "L5", row % 9 + 1, row % 9 + 1));
        }
        file.append("stub-framework,L5,US,EARLY_STAGE,USD,abc,2,,NONE,SECRET,2040-02-30\n");
        given().contentType(CSV).body(file.toString()).when().post("/api/v1/comp-bands/import")
                .then().statusCode(400)
                .body("errors.field", contains("row 3.levelCode", "row 11", "row 12.totalCompMin", "row 12.visibility",
                        "row 12.effectiveFrom"))
                .body("errors.find { it.field == 'row 12.totalCompMin' }.message", equalTo("must be a decimal string such as \"1500.00\""))
                .body("errors.find { it.field == 'row 12.visibility' }.message", startsWith("must be one of ["))
                .body("errors.find { it.field == 'row 12.effectiveFrom' }.message", equalTo("must be a date yyyy-MM-dd"))
                .body("errors.message", everyItem(not(containsString("java"))));
        given().contentType(CSV).body(HEADER + "stub-framework,L5,US,EARLY_STAGE,USD,1,2,,NONE,INTERNAL,2040-01-01\n")
                .when().post("/api/v1/comp-bands/import")
                .then().statusCode(400)
                .body("errors.field", contains("row 2.openEnded"))
                .body("errors[0].message", equalTo("is required: true or false"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void anExportImportsBackUnchangedAndAnEditedRowIsAChangeOfItsBand() {
        String export = given().queryParam("asOf", "2025-06-30").when().get("/api/v1/comp-bands/export.csv")
                .then().statusCode(200).extract().asString();
        int bands = (int) export.lines().count() - 1;
        given().contentType(CSV).body(export).when().post("/api/v1/comp-bands/import")
                .then().statusCode(200)
                .body("imported", equalTo(0))
                .body("changed", equalTo(0))
                .body("unchanged", equalTo(bands));

        String[] cells = export.lines().skip(1).filter(line -> line.startsWith("ai-engineer,"))
                .map(line -> line.split(",", -1)).filter(row -> row[11].isEmpty() && !row[6].isEmpty()).findFirst().orElseThrow();
        cells[5] = new java.math.BigDecimal(cells[5]).add(java.math.BigDecimal.ONE).toPlainString();
        cells[10] = "2041-01-01";
        String header = export.lines().findFirst().orElseThrow() + "\n";
        String changed = given().contentType(CSV).body(header + String.join(",", cells) + "\n")
                .when().post("/api/v1/comp-bands/import")
                .then().statusCode(201)
                .body("imported", equalTo(0))
                .body("changed", equalTo(1))
                .extract().path("ids[0]");
        given().when().get("/api/v1/comp-bands/" + changed)
                .then().statusCode(200).body("effectiveFrom", equalTo("2041-01-01")).body("totalCompMin", equalTo(cells[5]));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void freeTextThatASpreadsheetWouldRunAsAFormulaIsExportedInertAndImportsBackAsItWas() {
        given().contentType("application/json").body("""
                {"frameworkSlug": "stub-framework", "levelCode": "L7", "market": "US", "segment": "EARLY_STAGE",
                 "currency": "USD", "totalCompMin": "1", "totalCompMax": "2", "openEnded": false, "equityNote": "NONE",
                 "visibility": "INTERNAL", "effectiveFrom": "2045-01-01", "sourceLabel": "+1 (review)",
                 "source": "=HYPERLINK(\\"https://evil.example\\")"}
                """).when().post("/api/v1/comp-bands").then().statusCode(201);
        String export = given().queryParam("asOf", "2045-06-30").when().get("/api/v1/comp-bands/export.csv")
                .then().statusCode(200).extract().asString();
        String row = export.lines().filter(line -> line.startsWith("stub-framework,L7,US,EARLY_STAGE,")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(row.endsWith(",\"'+1 (review)\",\"'=HYPERLINK(\"\"https://evil.example\"\")\","), row);

        given().contentType(CSV).body(export).when().post("/api/v1/comp-bands/import")
                .then().statusCode(200).body("imported", equalTo(0)).body("changed", equalTo(0));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void theGuidanceTravelsWithItsBandThroughExportAndImport() {
        String export = given().queryParam("asOf", "2025-06-30").when().get("/api/v1/comp-bands/export.csv")
                .then().statusCode(200).extract().asString();
        String header = export.lines().findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(header.endsWith(",source,guidance"), header);
        String seeded = export.lines().filter(line -> line.startsWith("ai-engineer,L5,US,BIG_TECH,")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(seeded.endsWith(",\"{\"\"base\"\":\"\"Base salary — fixed, monthly.\"\",\"\"bonusTargetMinPercent\"\":\"\"10\"\","
                + "\"\"bonusTargetMaxPercent\"\":\"\"25\"\",\"\"bonus\"\":\"\"Bonus — 10-25% per year.\"\",\"\"equity\"\":\"\"RSU (Restricted Stock) — 4-year vest,"
                + " 1-year cliff. Options — startup land. 83(b) election.\"\",\"\"vestingYears\"\":4,\"\"cliffMonths\"\":12,\"\"signOn\"\":"
                + "\"\"Sign-on — a switching incentive.\"\",\"\"refresh\"\":\"\"Refresh grant — additional RSU each year.\"\",\"\"source\"\":"
                + "\"\"seed 9.4\"\"}\""), seeded);

        given().contentType("application/json").body("""
                {"frameworkSlug": "stub-framework", "levelCode": "L6", "market": "US", "segment": "EARLY_STAGE",
                 "currency": "USD", "totalCompMin": "1", "totalCompMax": "2", "openEnded": false, "equityNote": "NONE",
                 "visibility": "INTERNAL", "effectiveFrom": "2046-01-01",
                 "guidance": {"bonus": "Bonus — 10-25% per year.", "vestingYears": 4}}
                """).when().post("/api/v1/comp-bands").then().statusCode(201);
        String row = given().queryParam("asOf", "2046-06-30").when().get("/api/v1/comp-bands/export.csv")
                .then().statusCode(200).extract().asString()
                .lines().filter(line -> line.startsWith("stub-framework,L6,US,EARLY_STAGE,")).findFirst().orElseThrow();
        String importHeader = header + "\n";
        given().contentType(CSV).body(importHeader + row + "\n").when().post("/api/v1/comp-bands/import")
                .then().statusCode(200).body("unchanged", equalTo(1));

        String edited = row.replace("2046-01-01", "2047-01-01").replace("\"\"vestingYears\"\":4", "\"\"vestingYears\"\":3");
        String changed = given().contentType(CSV).body(importHeader + edited + "\n").when().post("/api/v1/comp-bands/import")
                .then().statusCode(201).body("changed", equalTo(1)).extract().path("ids[0]");
        given().when().get("/api/v1/comp-bands/" + changed)
                .then().statusCode(200)
                .body("guidance.vestingYears", equalTo(3))
                .body("guidance.bonus", equalTo("Bonus — 10-25% per year."));

        given().contentType(CSV).body(importHeader + row.replaceFirst(",\"\\{.*$", ",not json") + "\n")
                .when().post("/api/v1/comp-bands/import")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("row 2.guidance"))
                .body("errors[0].message", containsString("JSON object"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void exportsTheBandsInForceAsCsvThatImportReads() {
        given().queryParam("asOf", "2025-06-30").when().get("/api/v1/comp-bands/export.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith(HEADER.strip()))
                .body(containsString("ai-engineer,L7,US,FRONTIER_LAB,USD,1500000.00,3000000.00,true,NONE,INTERNAL,2025-01-01,,\"$1.5M-$3M+\",\"seed 9.2\""))
                .body(containsString("ai-engineer,L7,KR,EARLY_STAGE,KRW,200000000.00,,true,SIGNIFICANT_STOCK"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsMalformedCsvUnknownColumnsAndWrongContentType() {
        given().contentType(CSV).body("").when().post("/api/v1/comp-bands/import")
                .then().statusCode(400).body("detail", containsString("empty"));
        given().contentType(CSV).body("frameworkSlug,salary\nai-engineer,1\n").when().post("/api/v1/comp-bands/import")
                .then().statusCode(400).body("detail", containsString("unknown: [salary]"));
        given().contentType(CSV).body(HEADER).when().post("/api/v1/comp-bands/import")
                .then().statusCode(400).body("detail", containsString("no bands"));
        given().contentType(CSV).body(HEADER + "ai-engineer,\"L5,US\n").when().post("/api/v1/comp-bands/import")
                .then().statusCode(400);
        given().contentType("application/json").body("{}").when().post("/api/v1/comp-bands/import")
                .then().statusCode(415).body("detail", containsString("text/csv"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void workersNeitherExportNorImport() {
        given().when().get("/api/v1/comp-bands/export.csv").then().statusCode(403);
        given().contentType(CSV).body(HEADER).when().post("/api/v1/comp-bands/import").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminCannotImport() {
        given().contentType(CSV).body(HEADER).when().post("/api/v1/comp-bands/import").then().statusCode(403);
    }
}
