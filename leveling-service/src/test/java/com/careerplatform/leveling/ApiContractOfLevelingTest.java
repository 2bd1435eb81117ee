package com.careerplatform.leveling;

import com.careerplatform.kit.openapi.ApiContractTest;
import io.quarkus.test.junit.QuarkusTest;

/** leveling-service keeps the platform's API contract on every operation it documents. */
@QuarkusTest
class ApiContractOfLevelingTest extends ApiContractTest {
}
