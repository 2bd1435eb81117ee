package com.careerplatform.e2e;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer the suite gets from the gateway's API against the merged OpenAPI document, with
 * Atlassian's swagger-request-validator: a status the operation does not declare, a header or a body its
 * schema does not allow fails the test that got it. Requests are not checked: the suite sends bad ones on
 * purpose.
 */
final class DocumentedAnswers implements Filter {

    static final DocumentedAnswers FILTER = new DocumentedAnswers();

    private volatile OpenApiInteractionValidator validator;

    private DocumentedAnswers() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        Request sent = RestAssuredRequest.of(request);
        if (sent.getPath().startsWith("/api/") || sent.getPath().startsWith("/scim/")) {
            ValidationReport report = validator().validateResponse(sent.getPath(), sent.getMethod(),
                    RestAssuredResponse.of(response));
            if (report.hasErrors()) {
                throw new AssertionError(sent.getMethod() + " " + sent.getPath() + " answered " + response.statusCode()
                        + " as the API document does not say: " + report.getMessages() + "\n" + response.asString());
            }
        }
        return response;
    }

    private OpenApiInteractionValidator validator() {
        if (validator == null) {
            validator = OpenApiInteractionValidator.createForSpecificationUrl(Platform.GATEWAY + "/openapi/platform.json")
                    .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        }
        return validator;
    }
}
