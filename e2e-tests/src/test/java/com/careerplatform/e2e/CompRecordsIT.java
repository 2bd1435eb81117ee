package com.careerplatform.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Comp-admin records pay (the comp service asks the real leveling-service, with carl's token, whether the
 * level exists); the person reads their own record by the employee_id in their token, and nobody else's.
 */
class CompRecordsIT {

    @Test
    void compAdminRecordsPayAndOnlyThePersonReadsIt() {
        // A day of its own, so a rerun against a running platform records a new change instead of a duplicate; in
        // 2024, when the people record has alice at L5 (the demo seed), as a comp record's level must be.
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(366));
        Platform.as("carl").contentType("application/json").body("""
                {"effectiveFrom": "%s", "reason": "MERIT", "frameworkSlug": "ai-engineer", "level": "L5",
                 "market": "US", "segment": "BIG_TECH", "currency": "USD", "base": "200000.00",
                 "bonusTargetPercent": "15", "equityAnnualValue": "100000.00", "sex": "FEMALE"}
                """.formatted(day))
                .when().post("/api/v1/comp-records/E1001/changes")
                .then().statusCode(201).body("totalComp", equalTo("330000.00"));

        Platform.as("alice").when().get("/api/v1/comp-records/E1001")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("employeeId", equalTo("E1001"));
        Platform.as("alice").when().get("/api/v1/comp-records/E1002").then().statusCode(404);
        Platform.as("mark").when().get("/api/v1/comp-records/E1001").then().statusCode(404);
    }

    @Test
    void aLevelLevelingDoesNotKnowIsRefused() {
        Platform.as("carl").contentType("application/json").body("""
                {"effectiveFrom": "2020-01-01", "reason": "HIRE", "frameworkSlug": "ai-engineer", "level": "L9",
                 "market": "US", "segment": "BIG_TECH", "currency": "USD", "base": "1.00",
                 "bonusTargetPercent": "0", "equityAnnualValue": "0"}
                """)
                .when().post("/api/v1/comp-records/E1001/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
    }
}
