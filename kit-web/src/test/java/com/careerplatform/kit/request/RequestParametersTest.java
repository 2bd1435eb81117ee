package com.careerplatform.kit.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.kit.problem.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestParametersTest {

    @Test
    void cleanParametersPass() {
        assertTrue(RequestParameters.problem("/api/v1/people/E1001", Map.of("asOf", List.of("2026-03-01"))).isEmpty());
        assertTrue(RequestParameters.problem("/api/v1/company-ladders/translate",
                Map.of("label", List.of("Senior MTS ü"))).isEmpty());
    }

    @Test
    void aControlCharacterInThePathIsAProblemWithAReadableInstance() {
        Problem problem = RequestParameters.problem("/api/v1/company-ladders/\u0000", Map.of()).orElseThrow();
        assertEquals(400, problem.status());
        assertEquals("/api/v1/company-ladders/?", problem.instance());
        assertEquals("path", problem.errors().get(0).field());
    }

    @Test
    void aControlCharacterInAQueryValueOrNameNamesTheParameter() {
        assertEquals("company", RequestParameters.problem("/x", Map.of("company", List.of("ok", "\u001F")))
                .orElseThrow().errors().get(0).field());
        assertEquals("query", RequestParameters.problem("/x", Map.of("a\u007F", List.of("ok")))
                .orElseThrow().errors().get(0).field());
    }
}
