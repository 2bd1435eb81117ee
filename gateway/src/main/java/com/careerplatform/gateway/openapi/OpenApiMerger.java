package com.careerplatform.gateway.openapi;

import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ScimErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Merges the services' OpenAPI documents into the platform's: every path the gateway routes, every
 * schema (a schema two services name alike but define differently is renamed {@code <service>_<name>}
 * in the later service, references included), every tag, and one OAuth2 security scheme (Keycloak:
 * authorization code with PKCE for people, client credentials for HR systems) required by every
 * operation, so that Swagger UI can try calls with a real token.
 */
public final class OpenApiMerger {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SCHEMA_REF = "#/components/schemas/";

    private OpenApiMerger() {
    }

    /** {@code documents} by service name, in the order they are merged; {@code routed} says which paths the gateway serves. */
    public static ObjectNode merge(Map<String, JsonNode> documents, Predicate<String> routed, String issuer,
            List<String> unavailable) {
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", documents.values().stream().map(document -> document.path("openapi").asText())
                .filter(version -> !version.isEmpty()).findFirst().orElse("3.1.0"));
        merged.set("info", JSON.objectNode()
                .put("title", "Career Platform API")
                .put("version", "1.0.0")
                .put("description", "Every service's API as the gateway serves it. Authorize with Keycloak, then try a call."));
        merged.set("servers", JSON.arrayNode().add(JSON.objectNode().put("url", "/")
                .put("description", "The gateway of the production platform (locally the same at 127.0.0.1:8080)")
                .put("x-internal", true)));
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = JSON.objectNode();
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        documents.forEach((service, document) -> {
            Map<String, String> renamed = renamedSchemas(service, document.path("components").path("schemas"), schemas);
            JsonNode rewritten = rewriteRefs(document, renamed);
            rewritten.path("components").path("schemas").fields().forEachRemaining(schema -> schemas.set(
                    renamed.getOrDefault(schema.getKey(), schema.getKey()), schema.getValue()));
            rewritten.path("paths").fields().forEachRemaining(path -> {
                if (routed.test(path.getKey())) {
                    paths.set(path.getKey(), withGatewayAnswers(path.getKey(), withPlatformSecurity(path.getValue())));
                }
            });
            rewritten.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
        });
        ObjectNode components = merged.putObject("components");
        components.set("schemas", schemas);
        components.set("headers", rateLimitHeaders());
        components.putObject("securitySchemes").set("keycloak", securityScheme(issuer));
        merged.set("security", JSON.arrayNode().add(JSON.objectNode().set("keycloak", JSON.arrayNode())));
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        if (!unavailable.isEmpty()) {
            ArrayNode missing = merged.putArray("x-unavailable-services");
            unavailable.forEach(missing::add);
        }
        return merged;
    }

    /** Schemas of this service whose names another service already took for a different definition. */
    private static Map<String, String> renamedSchemas(String service, JsonNode incoming, ObjectNode merged) {
        Map<String, String> renamed = new LinkedHashMap<>();
        incoming.fields().forEachRemaining(schema -> {
            JsonNode existing = merged.get(schema.getKey());
            if (existing != null && !existing.equals(schema.getValue())) {
                renamed.put(schema.getKey(), service + "_" + schema.getKey());
            }
        });
        return renamed;
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return node;
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.objectNode();
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref") && field.getValue().asText().startsWith(SCHEMA_REF)) {
                    String name = field.getValue().asText().substring(SCHEMA_REF.length());
                    copy.put("$ref", SCHEMA_REF + renamed.getOrDefault(name, name));
                } else {
                    copy.set(field.getKey(), rewriteRefs(field.getValue(), renamed));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.arrayNode();
            node.forEach(element -> copy.add(rewriteRefs(element, renamed)));
            return copy;
        }
        return node;
    }

    /** Each service names its own security scheme; in the merged document every operation uses Keycloak's. */
    private static JsonNode withPlatformSecurity(JsonNode pathItem) {
        ObjectNode copy = pathItem.deepCopy();
        copy.fields().forEachRemaining(operation -> {
            if (operation.getValue().isObject() && operation.getValue().has("security")) {
                ((ObjectNode) operation.getValue()).set("security",
                        JSON.arrayNode().add(JSON.objectNode().set("keycloak", JSON.arrayNode())));
            }
        });
        return copy;
    }

    /** The answers the gateway gives itself on any operation, by status. */
    private static final Map<String, String> GATEWAY_ANSWERS = new TreeMap<>(Map.of(
            "414", "(gateway) The request URI is longer than the gateway takes",
            "429", "Over the caller's rate limit; Retry-After says when to come back",
            "431", "(gateway) The request headers are larger than the gateway takes",
            "500", "A bug; the detail holds a reference to quote",
            "502", "(gateway) The upstream service broke off the exchange",
            "503", "The service cannot be reached, is out of rotation or at its limit; Retry-After says when to retry",
            "504", "(gateway) The upstream service did not answer in time"));

    /** Headers the gateway puts on every answer (Access-Control-Allow-Origin: for the portal origins). */
    private static final List<String> GATEWAY_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset", "Access-Control-Allow-Origin");

    /**
     * What the gateway adds to every operation: the caller's RateLimit headers (and CORS origin) on every
     * answer, Retry-After on 429 and 503, and the answers it gives itself (414 and 431 for an over-long URI
     * or over-large headers, 429 over the rate limit, 500 for a bug with a reference to quote, 502, 503
     * and 504 for an upstream that breaks off, cannot be reached or stays silent), as problems or under
     * {@code /scim/} as SCIM errors. An operation that declares one of them itself keeps its own.
     */
    private static JsonNode withGatewayAnswers(String path, JsonNode pathItem) {
        String errors = ScimErrors.appliesTo(path) ? ScimErrors.MEDIA_TYPE : Problem.MEDIA_TYPE;
        pathItem.fields().forEachRemaining(operation -> {
            if (operation.getValue().isObject() && operation.getValue().has("responses")) {
                ObjectNode responses = (ObjectNode) operation.getValue().get("responses");
                GATEWAY_ANSWERS.forEach((status, description) -> {
                    if (!responses.has(status)) {
                        responses.set(status, errorResponse(errors, description));
                    }
                });
                responses.fields().forEachRemaining(response -> {
                    ObjectNode headers = response.getValue().isObject()
                            ? ((ObjectNode) response.getValue()).withObjectProperty("headers") : JSON.objectNode();
                    GATEWAY_HEADERS.forEach(header -> headers.set(header,
                            JSON.objectNode().put("$ref", "#/components/headers/" + header)));
                    if (response.getKey().equals("429") || response.getKey().equals("503")) {
                        headers.set("Retry-After", JSON.objectNode().put("$ref", "#/components/headers/Retry-After"));
                    }
                });
            }
        });
        return pathItem;
    }

    private static ObjectNode errorResponse(String mediaType, String description) {
        ObjectNode response = JSON.objectNode().put("description", description);
        response.putObject("content").putObject(mediaType);
        return response;
    }

    private static ObjectNode rateLimitHeaders() {
        ObjectNode headers = JSON.objectNode();
        headers.set("RateLimit-Limit", header("Requests the caller's bucket holds when full (its burst)"));
        headers.set("RateLimit-Remaining", header("Requests left in the caller's bucket"));
        headers.set("RateLimit-Reset", header("Seconds until the caller's bucket is full again"));
        headers.set("Retry-After", header("Seconds to wait before trying again"));
        ObjectNode origin = JSON.objectNode().put("description",
                "The caller's origin, when it is one of the configured portal origins (CORS)");
        origin.putObject("schema").put("type", "string").put("format", "uri").put("maxLength", 2000);
        headers.set("Access-Control-Allow-Origin", origin);
        return headers;
    }

    private static ObjectNode header(String description) {
        ObjectNode header = JSON.objectNode().put("description", description);
        header.putObject("schema").put("type", "integer").put("format", "int64").put("minimum", 0)
                .put("maximum", 1_000_000);
        return header;
    }

    private static ObjectNode securityScheme(String issuer) {
        String endpoints = issuer + "/protocol/openid-connect";
        ObjectNode flows = JSON.objectNode();
        flows.set("authorizationCode", JSON.objectNode()
                .put("authorizationUrl", endpoints + "/auth")
                .put("tokenUrl", endpoints + "/token")
                .put("refreshUrl", endpoints + "/token")
                .set("scopes", JSON.objectNode()));
        flows.set("clientCredentials", JSON.objectNode()
                .put("tokenUrl", endpoints + "/token")
                .put("refreshUrl", endpoints + "/token")
                .set("scopes", JSON.objectNode()));
        return JSON.objectNode()
                .put("type", "oauth2")
                .put("description", "Keycloak realm career: people sign in through the portal client (PKCE);"
                        + " HR systems use their client credentials. Access tokens are short-lived JWTs, checked as"
                        + " RFC8725 (JWT best current practices) asks: the algorithm pinned to RS256 (none refused),"
                        + " signature against the realm's JWKS, issuer, audience career-api, expiry.")
                .set("flows", flows);
    }
}
