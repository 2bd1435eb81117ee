package com.careerplatform.comp.offer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfferResourceTest {

    private static final String EVALUATE = "/api/v1/offers/evaluate";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String offer(String segment, String currency, String equity) {
        return """
                {"frameworkSlug": "ai-engineer", "level": "L5", "market": "US", "segment": "%s", "currency": "%s",
                 "offerDate": "2025-06-01", "base": "200000.00", "bonusTargetPercent": "15", "equity": %s}
                """.formatted(segment, currency, equity);
    }

    private static final String EVEN_RSU = "{\"type\": \"RSU\", \"totalValue\": \"400000\", \"vestingYears\": 4, \"cliffMonths\": 12}";

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void evaluatesAnOfferAgainstTheSeededBandInForce() {
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU))
                .when().post(EVALUATE)
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("years.total", contains("330000.00", "330000.00", "330000.00", "330000.00"))
                .body("years[0].bonus", equalTo("30000.00"))
                .body("firstYearTotalComp", equalTo("330000.00"))
                .body("annualisedTotalComp", equalTo("330000.00"))
                .body("fourYearTotalComp", equalTo("1320000.00"))
                .body("band.sourceLabel", equalTo("$380K-$550K"))
                .body("position", equalTo("BELOW"))
                .body("rangePenetrationPercent", equalTo("-29.41"))
                .body("compaRatio", equalTo("0.7097"));
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void anOpenBandSaysThatItHasNoCompaRatio() {
        given().contentType("application/json").body(offer("FRONTIER_LAB", "USD", EVEN_RSU).replace("\"L5\"", "\"L3\""))
                .when().post(EVALUATE)
                .then().statusCode(200)
                .body("band.sourceLabel", equalTo("$350K+"))
                .body("position", equalTo("BELOW"))
                .body("compaRatio", nullValue())
                .body("notes", hasItem(containsString("Compa-ratio is not defined")));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void currencyDifferentFromTheBandsIsUnprocessable() {
        given().contentType("application/json").body(offer("BIG_TECH", "EUR", EVEN_RSU))
                .when().post(EVALUATE)
                .then().statusCode(422)
                .body("detail", containsString("band in force is in USD"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void offerWithoutABandInForceIsStillEvaluated() {
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU).replace("2025-06-01", "2020-01-01"))
                .when().post(EVALUATE)
                .then().statusCode(200)
                .body("band", nullValue())
                .body("firstYearTotalComp", equalTo("330000.00"))
                .body("notes[0]", containsString("No band"));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void rejectsAbsurdAmountsPercentagesSplitsAndCurrencies() {
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU).replace("\"200000.00\"", "\"-5\""))
                .when().post(EVALUATE).then().statusCode(400).body("errors[0].field", equalTo("base"));
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU).replace("15", "150"))
                .when().post(EVALUATE).then().statusCode(400).body("errors[0].field", equalTo("bonusTargetPercent"));
        given().contentType("application/json")
                .body(offer("BIG_TECH", "USD", EVEN_RSU.replace("}", ", \"split\": [\"5\", \"15\", \"40\", \"30\"]}")))
                .when().post(EVALUATE).then().statusCode(400)
                .body("errors[0].message", equalTo("split must have one percentage per vesting year, adding up to 100"));
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU.replace("\"cliffMonths\": 12", "\"cliffMonths\": 60")))
                .when().post(EVALUATE).then().statusCode(400)
                .body("errors[0].message", equalTo("cliffMonths must not exceed the vesting period"));
        given().contentType("application/json").body(offer("BIG_TECH", "QQQ", EVEN_RSU))
                .when().post(EVALUATE).then().statusCode(400)
                .body("errors[0].message", equalTo("currency is not an ISO 4217 currency"));
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU.replace("RSU", "PHANTOM")))
                .when().post(EVALUATE).then().statusCode(400)
                .body("errors[0].message", equalTo("must be one of [RSU, OPTIONS]"));
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU).replace("\"L5\"", "\"Senior\""))
                .when().post(EVALUATE).then().statusCode(400).body("errors[0].field", equalTo("level"));
        given().contentType("application/json").body("{}")
                .when().post(EVALUATE).then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void anOfferIsPlacedOnlyAtALevelOfItsFrameworkAndInASegmentOfItsMarket() {
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU).replace("\"L5\"", "\"L12\""))
                .when().post(EVALUATE)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", startsWith("must be one of the levels of ai-engineer"));
        given().contentType("application/json").body(offer("NAVER_KAKAO", "USD", EVEN_RSU))
                .when().post(EVALUATE)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("segment does not belong to market"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "employee", augmentors = PlatformMemberAugmentor.class)
    void employeeCannotEvaluateOffers() {
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU))
                .when().post(EVALUATE).then().statusCode(403);
    }

    @Test
    void anonymousCallerIsRefused() {
        given().contentType("application/json").body(offer("BIG_TECH", "USD", EVEN_RSU))
                .when().post(EVALUATE).then().statusCode(401);
    }
}
