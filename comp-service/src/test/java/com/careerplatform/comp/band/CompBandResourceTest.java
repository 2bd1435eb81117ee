package com.careerplatform.comp.band;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompBandResourceTest {

    private static final String BANDS = "/api/v1/comp-bands";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String band(String level, String visibility, String min, String max) {
        return """
                {"frameworkSlug": "stub-framework", "levelCode": "%s", "market": "KR", "segment": "UNICORN",
                 "currency": "KRW", "totalCompMin": %s, "totalCompMax": %s, "openEnded": false,
                 "equityNote": "NONE", "visibility": "%s", "effectiveFrom": "2025-01-01"}
                """.formatted(level, min, max, visibility);
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void compAdminReadsTheSeededUsBandsExactly() {
        given().queryParam("level", "L7").queryParam("market", "US").queryParam("asOf", "2026-06-30")
                .when().get(BANDS)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("items.segment", contains("BIG_TECH", "EARLY_STAGE", "FRONTIER_LAB", "UNICORN"))
                .body("items.sourceLabel", contains("$900K-$1.5M", "$700K-$1.2M+significant", "$1.5M-$3M+", "$1M-$2M"))
                .body("items[2].totalCompMin", equalTo("1500000.00"))
                .body("items[2].totalCompMax", equalTo("3000000.00"))
                .body("items[2].openEnded", equalTo(true))
                .body("items[1].equityNote", equalTo("SIGNIFICANT_STOCK"))
                .body("items.currency", everyItem(equalTo("USD")));
        given().queryParam("level", "l7").queryParam("market", "us").queryParam("asOf", "2026-06-30")
                .when().get(BANDS)
                .then().statusCode(200)
                .body("items.levelCode", everyItem(equalTo("L7")))
                .body("items.segment", contains("BIG_TECH", "EARLY_STAGE", "FRONTIER_LAB", "UNICORN"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void openUpperBoundHasNoMaximum() {
        given().queryParam("level", "L3").queryParam("segment", "FRONTIER_LAB")
                .when().get(BANDS)
                .then().statusCode(200)
                .body("items[0].totalCompMin", equalTo("350000.00"))
                .body("items[0].totalCompMax", nullValue())
                .body("items[0].openEnded", equalTo(true))
                .body("items[0].sourceLabel", equalTo("$350K+"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void employeeSeesOnlyPublishedBands() {
        given().queryParam("market", "US").when().get(BANDS)
                .then().statusCode(200)
                .body("items.visibility", not(hasItem("INTERNAL")));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void compAdminCreatesBandsWithExactDecimals() {
        given().contentType("application/json").body(band("L4", "PUBLISHED", "\"95000000.5\"", "\"120000000\""))
                .when().post(BANDS)
                .then().statusCode(201)
                .header("Cache-Control", equalTo("no-store"))
                .body("totalCompMin", equalTo("95000000.50"))
                .body("totalCompMax", equalTo("120000000.00"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void aSecondBandForTheSameLevelMarketAndSegmentInTheSamePeriodIsAConflict() {
        given().contentType("application/json").body(band("L3", "INTERNAL", "\"1\"", "\"2\""))
                .when().post(BANDS).then().statusCode(201);
        given().contentType("application/json").body(band("L3", "INTERNAL", "\"3\"", "\"4\""))
                .when().post(BANDS)
                .then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("/changes"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsEffectiveDatesOutOfOrder() {
        given().contentType("application/json")
                .body(band("L5", "INTERNAL", "\"1\"", "\"2\"").replace("\"effectiveFrom\": \"2025-01-01\"",
                        "\"effectiveFrom\": \"2025-01-01\", \"effectiveTo\": \"2024-12-31\""))
                .when().post(BANDS)
                .then().statusCode(400)
                .body("errors.message", hasItem("effectiveTo must not be before effectiveFrom"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void employeeCannotCreateBands() {
        given().contentType("application/json").body(band("L4", "PUBLISHED", "1", "2"))
                .when().post(BANDS)
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void hrAdminCannotCreateBands() {
        given().contentType("application/json").body(band("L4", "PUBLISHED", "1", "2"))
                .when().post(BANDS)
                .then().statusCode(403);
    }

    @Test
    void anonymousCallerIsRefused() {
        given().when().get(BANDS).then().statusCode(401).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsInvertedRangesUnknownCurrenciesAndForeignSegments() {
        given().contentType("application/json").body(band("L4", "INTERNAL", "\"200\"", "\"100\""))
                .when().post(BANDS)
                .then().statusCode(400)
                .body("errors.message", hasItem("totalCompMax must not be below totalCompMin"));

        given().contentType("application/json").body(band("L4", "INTERNAL", "\"100\"", "\"200\"")
                        .replace("\"KRW\"", "\"XYZ\"").replace("\"UNICORN\"", "\"BIG_TECH\""))
                .when().post(BANDS)
                .then().statusCode(400)
                .body("errors.message", hasItems("currency is not an ISO 4217 currency",
                        "segment does not belong to market"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsFractionsOfACentAndUnknownEnumValues() {
        given().contentType("application/json").body(band("L4", "INTERNAL", "\"100.001\"", "\"200\""))
                .when().post(BANDS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("totalCompMin"));

        given().contentType("application/json").body(band("L4", "SECRET", "\"100\"", "\"200\""))
                .when().post(BANDS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("visibility"))
                .body("errors[0].message", equalTo("must be one of [INTERNAL, PUBLISHED]"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsBadFilters() {
        given().queryParam("market", "MARS").when().get(BANDS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("market"));
        given().queryParam("level", "senior").when().get(BANDS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        given().queryParam("asOf", "yesterday").when().get(BANDS)
                .then().statusCode(400);
        given().queryParam("asOf", "+10000-01-01").when().get(BANDS)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsOverLongParametersAndFieldsWithAProblemNamingThem() {
        given().queryParam("segment", "BIG_TECH" + " ".repeat(93)).when().get(BANDS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Cache-Control", equalTo("no-store"))
                .body("type", equalTo("urn:career-platform:problem:validation"))
                .body("errors[0].field", equalTo("segment"))
                .body("errors[0].message", containsString("100"));
        given().contentType("application/json")
                .body(band("L4", "INTERNAL", "\"100\"", "\"200\"").replace("stub-framework", "a".repeat(101)))
                .when().post(BANDS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:career-platform:problem:validation"))
                .body("errors[0].field", equalTo("frameworkSlug"))
                .body("errors[0].message", containsString("100"));
    }
}
