package com.careerplatform.comp.transparency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.careerplatform.kit.security.PlatformMemberAugmentor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A population paid in CHF (no other test uses it): at L5 five women (base 100,000, equity 10,000) and five
 * men (base 120,000, equity 20,000); at L6 two women and six men (base 200,000, no equity).
 */
@QuarkusTest
class TransparencyResourceTest {

    private static final String API = "/api/v1/pay-transparency";
    private static boolean populated;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void population() throws SQLException {
        if (populated) {
            return;
        }
        for (int i = 1; i <= 5; i++) {
            person("T-W" + i, "L5", "FEMALE", 100_000, 10_000);
            person("T-M" + i, "L5", "MALE", 120_000, 20_000);
        }
        for (int i = 1; i <= 2; i++) {
            person("T-W6" + i, "L6", "FEMALE", 200_000, 0);
        }
        for (int i = 1; i <= 6; i++) {
            person("T-M6" + i, "L6", "MALE", 200_000, 0);
        }
        populated = true;
    }

    private void person(String id, String level, String sex, long base, long equity) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into comp_record (id, employee_id,"
                        + " effective_from, reason, framework_slug, level_code, market, segment, currency, base,"
                        + " bonus_target_percent, equity_annual_value, sex, created_by, created_at) values (?, ?,"
                        + " date '2024-01-01', 'HIRE', 'ai-engineer', ?, 'GLOBAL_REMOTE', 'REMOTE_FIRST', 'CHF', ?, 0, ?, ?,"
                        + " 'carl', now())")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, id);
            insert.setString(3, level);
            insert.setLong(4, base);
            insert.setLong(5, equity);
            insert.setString(6, sex);
            insert.executeUpdate();
        }
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void indicatorsComputeTheGapsAndSuppressSmallGroups() {
        given().queryParam("currency", "CHF").queryParam("asOf", "2025-06-30").when().get(API + "/indicators")
                .then().statusCode(200)
                .body("women", equalTo(7)).body("men", equalTo(11))
                // totals: women 5 x 110,000 + 2 x 200,000 -> mean 135,714.29; men 5 x 140,000 + 6 x 200,000 -> 172,727.27
                // mean gap (172,727.27 - 135,714.29) / 172,727.27 = 21.43 %; medians 110,000 vs 200,000 -> 45.00 %
                .body("totalPay.meanGapPercent", equalTo("21.43"))
                .body("totalPay.medianGapPercent", equalTo("45.00"))
                // variable: women 50,000 / 7 = 7,142.86; men 100,000 / 11 = 9,090.91 -> 21.43 %; men's median is 0
                .body("variablePay.meanGapPercent", equalTo("21.43"))
                .body("variablePay.medianGapPercent", nullValue())
                .body("receivingVariablePay[0].percent", equalTo("71.43"))
                .body("receivingVariablePay[1].percent", equalTo("45.45"))
                // 18 people in quarters of 4, 5, 4, 5: the second holds the fifth woman and four men
                .body("quartiles[0].suppressed", equalTo(true))
                .body("quartiles[1].womenPercent", equalTo("20.00"))
                .body("quartiles[1].menPercent", equalTo("80.00"))
                .body("perLevel[0].level", equalTo("L5"))
                .body("perLevel[0].baseGapPercent", equalTo("16.67"))
                .body("perLevel[0].variableGapPercent", equalTo("50.00"))
                .body("perLevel[1].level", equalTo("L6"))
                .body("perLevel[1].suppressed", equalTo(true));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void anAnsweredRequestGivesThePayLevelAndTheAveragesBySexOfTheCategory() {
        String id = given().contentType("application/json").body("{\"employeeId\": \"T-W1\"}").when().post(API + "/requests")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("dueDate", equalTo(LocalDate.now().plusMonths(2).toString()))
                .extract().path("id");
        given().when().post(API + "/requests/" + id + "/answer")
                .then().statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("answer.level", equalTo("L5"))
                .body("answer.yourBase", equalTo("100000.00"))
                .body("answer.averagesBySex[0].sex", equalTo("FEMALE"))
                .body("answer.averagesBySex[0].averageTotalComp", equalTo("110000.00"))
                .body("answer.averagesBySex[1].averageBase", equalTo("120000.00"))
                .body("answer.averagesBySex[1].people", equalTo(5));
        given().when().post(API + "/requests/" + id + "/answer").then().statusCode(409);

        String small = given().contentType("application/json").body("{\"employeeId\": \"T-W61\"}").when().post(API + "/requests")
                .then().statusCode(201).extract().path("id");
        given().when().post(API + "/requests/" + small + "/answer")
                .then().statusCode(200)
                .body("answer.averagesBySex[0].suppressed", equalTo(true))
                .body("answer.averagesBySex[0].averageBase", nullValue())
                .body("answer.averagesBySex[1].suppressed", equalTo(false));
    }

    @Test
    @TestSecurity(user = "carl", roles = "comp-admin", augmentors = PlatformMemberAugmentor.class)
    void requestsArePagedWithOpenOnesFirst() {
        String answered = given().contentType("application/json").body("{\"employeeId\": \"T-M3\"}").when().post(API + "/requests")
                .then().statusCode(201).extract().path("id");
        given().when().post(API + "/requests/" + answered + "/answer").then().statusCode(200);
        String open = given().contentType("application/json").body("{\"employeeId\": \"T-M4\"}").when().post(API + "/requests")
                .then().statusCode(201).extract().path("id");

        JsonPath all = given().queryParam("size", 200).when().get(API + "/requests")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("items.id", hasItems(open, answered))
                .body("hasNext", equalTo(false))
                .extract().jsonPath();
        List<String> statuses = all.getList("items.status");
        assertEquals(statuses.stream().sorted(Comparator.reverseOrder()).toList(), statuses, "open ones first");
        assertEquals("OPEN", all.getString("items.find { it.id == '%s' }.status".formatted(open)));
        assertEquals(false, all.getBoolean("items.find { it.id == '%s' }.overdue".formatted(open)));
        int total = all.getInt("totalItems");
        assertEquals(statuses.size(), total);

        given().queryParam("size", 1).queryParam("page", 1).when().get(API + "/requests")
                .then().statusCode(200)
                .body("items.id", contains(all.getString("items[1].id")))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("totalItems", equalTo(total))
                .body("hasNext", equalTo(total > 2));
        given().queryParam("size", 201).when().get(API + "/requests")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "wendy", roles = "employee", augmentors = PlatformMemberAugmentor.class,
            attributes = @SecurityAttribute(key = "employee_id", value = "T-W2"))
    void aWorkerAsksForTheirOwnInformationOnly() {
        given().contentType("application/json").body("null").when().post(API + "/requests")
                .then().statusCode(400).contentType("application/problem+json");
        String id = given().contentType("application/json").body("{}").when().post(API + "/requests")
                .then().statusCode(201).body("employeeId", equalTo("T-W2")).extract().path("id");
        given().when().get(API + "/requests/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
        given().contentType("application/json").body("{\"employeeId\": \"T-M1\"}").when().post(API + "/requests")
                .then().statusCode(403);
        given().when().get(API + "/requests")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("totalItems", equalTo(1));
        given().when().post(API + "/requests/" + id + "/answer").then().statusCode(403);
        given().queryParam("currency", "CHF").when().get(API + "/indicators").then().statusCode(403);
        given().when().get(API + "/requests/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "helen", roles = "hr-admin", augmentors = PlatformMemberAugmentor.class)
    void indicatorsNeedAValidCurrency() {
        given().when().get(API + "/indicators").then().statusCode(400);
        given().queryParam("currency", "chf").when().get(API + "/indicators").then().statusCode(400);
        given().queryParam("currency", "CHF").queryParam("asOf", "someday").when().get(API + "/indicators").then().statusCode(400);
    }

    @Test
    void anonymousCallerIsRefused() {
        given().contentType("application/json").body("{}").when().post(API + "/requests").then().statusCode(401);
    }
}
