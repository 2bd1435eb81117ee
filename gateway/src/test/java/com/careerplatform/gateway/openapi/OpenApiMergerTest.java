package com.careerplatform.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final JsonNode leveling = json("""
            {'paths': {'/api/v1/frameworks': {'get': {'summary': 'List', 'security': [{'SecurityScheme': []}],
                         'responses': {'200': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Level'}}}}}}},
                       '/q/internal': {'get': {'summary': 'not routed'}}},
             'components': {'schemas': {'Level': {'type': 'object', 'properties': {'code': {'type': 'string'}}},
                                        'Problem': {'type': 'object'}},
                            'securitySchemes': {'SecurityScheme': {'type': 'openIdConnect'}}},
             'tags': [{'name': 'Frameworks'}]}
            """);

    private final JsonNode comp = json("""
            {'paths': {'/api/v1/comp-bands': {'get': {'summary': 'Bands',
                         'responses': {'200': {'content': {'application/json': {'schema': {'$ref': '#/components/schemas/Level'}}}}}}}},
             'components': {'schemas': {'Level': {'type': 'string', 'enum': ['L3', 'L4']}, 'Problem': {'type': 'object'}}},
             'tags': [{'name': 'Comp bands'}, {'name': 'Frameworks'}]}
            """);

    private JsonNode merged(List<String> unavailable) {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("leveling", leveling);
        documents.put("comp", comp);
        return OpenApiMerger.merge(documents, path -> path.startsWith("/api/v1/"), "http://127.0.0.1:8180/realms/career",
                unavailable);
    }

    @Test
    void keepsEveryRoutedPathOfEveryServiceAndNoOther() {
        JsonNode merged = merged(List.of());
        assertTrue(merged.path("paths").has("/api/v1/frameworks"));
        assertTrue(merged.path("paths").has("/api/v1/comp-bands"));
        assertFalse(merged.path("paths").has("/q/internal"));
        assertEquals(2, merged.path("tags").size());
    }

    @Test
    void aSchemaNameTakenForADifferentDefinitionIsRenamedWithItsReferences() {
        JsonNode merged = merged(List.of());
        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals("object", schemas.path("Level").path("type").asText());
        assertEquals("string", schemas.path("comp_Level").path("type").asText());
        assertFalse(schemas.has("comp_Problem"), "identical definitions are shared");
        assertEquals("#/components/schemas/comp_Level", merged.at("/paths/~1api~1v1~1comp-bands/get/responses/200/content")
                .path("application/json").path("schema").path("$ref").asText());
        assertEquals("#/components/schemas/Level", merged.at("/paths/~1api~1v1~1frameworks/get/responses/200/content")
                .path("application/json").path("schema").path("$ref").asText());
    }

    @Test
    void everyOperationUsesTheKeycloakOAuth2Scheme() {
        JsonNode merged = merged(List.of());
        JsonNode scheme = merged.path("components").path("securitySchemes").path("keycloak");
        assertEquals("oauth2", scheme.path("type").asText());
        assertEquals("http://127.0.0.1:8180/realms/career/protocol/openid-connect/token",
                scheme.path("flows").path("clientCredentials").path("tokenUrl").asText());
        assertTrue(scheme.path("flows").path("authorizationCode").path("authorizationUrl").asText().endsWith("/auth"));
        assertEquals(1, merged.path("components").path("securitySchemes").size());
        assertTrue(merged.at("/paths/~1api~1v1~1frameworks/get/security/0").has("keycloak"));
        assertTrue(merged.path("security").get(0).has("keycloak"));
    }

    @Test
    void everyOperationDocumentsTheGatewaysOwnAnswersAndRateLimitHeaders() {
        JsonNode responses = merged(List.of()).at("/paths/~1api~1v1~1frameworks/get/responses");
        assertEquals("application/problem+json", responses.path("429").path("content").fieldNames().next());
        assertTrue(responses.has("500"));
        assertEquals("#/components/headers/RateLimit-Remaining",
                responses.path("200").path("headers").path("RateLimit-Remaining").path("$ref").asText());
        assertEquals("integer", merged(List.of()).at("/components/headers/RateLimit-Limit/schema/type").asText());
    }

    @Test
    void namesTheServicesThatCouldNotBeAsked() {
        assertEquals("promotion", merged(List.of("promotion")).path("x-unavailable-services").get(0).asText());
        assertFalse(merged(List.of()).has("x-unavailable-services"));
    }
}
