package com.careerplatform.promotion;

import com.careerplatform.kit.openapi.ApiContractTest;
import io.quarkus.test.junit.QuarkusTest;

/** promotion-service keeps the platform's API contract on every operation it documents. */
@QuarkusTest
class ApiContractOfPromotionTest extends ApiContractTest {
}
