package com.careerplatform.comp;

import static org.hamcrest.Matchers.equalTo;

import com.careerplatform.kit.openapi.ApiContractTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** comp-service keeps the platform's API contract on every operation it documents; no answer is cached. */
@QuarkusTest
class ApiContractOfCompTest extends ApiContractTest {

    @Override
    protected void checkRefusal(ValidatableResponse refusal) {
        refusal.header("Cache-Control", equalTo("no-store"));
    }
}
