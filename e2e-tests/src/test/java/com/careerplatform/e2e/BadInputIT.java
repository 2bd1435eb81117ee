package com.careerplatform.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bad input on every write operation of the merged OpenAPI document, generated from its documented
 * example body: an unknown field, each field of the wrong type, each text field huge, each number out of
 * range (1e300), deep nesting, invalid UTF-8, a null or array body. Each must be a 4xx problem without a
 * stack trace, never a 5xx, and must write nothing (the audit logs stay as they were). SQL and script
 * meta-characters in text, and null in any one field, must never be a 5xx either: optional fields may be
 * null, and meta-characters are data like any other.
 */
class BadInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CALLER_FOR_ROLE = Map.of("comp-admin", "carl", "hr-admin", "helen",
            "hiring-committee", "hana", "promotion-committee", "paul", "employee", "alice");
    private static final String META = "'; DROP TABLE audit_log; -- <script>alert(1)</script> ${jndi:ldap://x} %00";

    /** A write operation with its example body, its body's media type and a caller its rule admits. */
    private record Write(String method, String path, JsonNode example, String mediaType, String caller) {

        /** What a refusal is: a SCIM error under /scim/, a problem everywhere else. */
        String errorType() {
            return path.startsWith("/scim/") ? "application/scim+json" : "application/problem+json";
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Write> writes() throws Exception {
        JsonNode document = JSON.readTree(Platform.gateway().when().get("/openapi/platform.json")
                .then().statusCode(200).extract().asByteArray());
        Map<String, Set<String>> rules = RoleMatrixIT.rules();
        List<Write> writes = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode content = operation.getValue().path("requestBody").path("content");
            String mediaType = content.has("application/json") ? "application/json" : "application/scim+json";
            JsonNode examples = content.path(mediaType).path("examples");
            if (examples.isMissingNode() || !examples.fields().hasNext()) {
                return;
            }
            String method = operation.getKey().toUpperCase();
            Set<String> roles = rules.get(method + " " + path.getKey());
            // Operations only the platform's own relays may call (platform-service) have no person to send
            // bad input as; their services' tests send it.
            String caller = roles.size() == 7 ? "alice" : roles.stream().sorted().map(CALLER_FOR_ROLE::get)
                    .filter(name -> name != null).findFirst().orElse(null);
            if (caller != null) {
                writes.add(new Write(method, path.getKey(), examples.fields().next().getValue().path("value"), mediaType,
                        caller));
            }
        }));
        return writes;
    }

    /** Paths with their parameters filled; E1006 is carl, who holds no level, so a write that goes through moves nobody's. */
    private static String callable(String path) {
        return path.replaceAll("\\{(id|packetId|evidenceId)}", "00000000-0000-4000-8000-00000000bad0")
                .replace("{employeeId}", "E1006").replace("{number}", "1")
                .replace("{slug}", "ai-engineer").replaceAll("\\{[^}]+}", "no-such-thing");
    }

    /** Keeps below every route's rate limit: a 429 would hide what the service answers. */
    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Response send(Write write, byte[] body) {
        pause();
        return Platform.as(write.caller()).contentType(write.mediaType()).body(body)
                .when().request(write.method(), callable(write.path()));
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bodies that no operation may accept, each named for the report. */
    private static Map<String, byte[]> invalidBodies(JsonNode example) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        if (example.isObject()) {
            bodies.put("unknown field", bytes(((ObjectNode) example.deepCopy()).put("unexpectedField", 1)));
            example.fields().forEachRemaining(field -> {
                ObjectNode wrong = example.deepCopy();
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    wrong.put(field.getKey(), 12345);
                    ObjectNode huge = example.deepCopy();
                    huge.put(field.getKey(), "x".repeat(100_000));
                    bodies.put(field.getKey() + " huge", bytes(huge));
                } else if (value.isNumber()) {
                    wrong.put(field.getKey(), "not a number");
                    ObjectNode huge = example.deepCopy();
                    huge.put(field.getKey(), new BigDecimal("1e300"));
                    bodies.put(field.getKey() + " out of range", bytes(huge));
                } else if (value.isBoolean()) {
                    wrong.put(field.getKey(), "yes");
                } else if (value.isArray()) {
                    wrong.putObject(field.getKey()).put("x", 1);
                } else {
                    wrong.putArray(field.getKey()).add(1);
                }
                bodies.put(field.getKey() + " wrong type", bytes(wrong));
            });
        }
        bodies.put("deep nesting", ("{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}").getBytes(StandardCharsets.UTF_8));
        bodies.put("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.put("null body", "null".getBytes(StandardCharsets.UTF_8));
        bodies.put("array body", "[]".getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    private static long auditEntries(String reader, String service) {
        return Platform.as(reader).queryParam("size", 1).when().get("/api/v1/audit-log/" + service)
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    private static void check(List<String> wrong, Write write, String mutation, Response response, boolean mustRefuse) {
        int status = response.statusCode();
        String body = response.asString();
        String where = write.method() + " " + write.path() + " [" + mutation + "] as " + write.caller() + ": " + status;
        if (status >= 500 || (mustRefuse && status < 400)) {
            wrong.add(where);
        } else if (status >= 400 && (!String.valueOf(response.contentType()).startsWith(write.errorType())
                || body.contains("Exception") || body.contains("\tat "))) {
            wrong.add(where + " answered without a clean problem: " + body.substring(0, Math.min(200, body.length())));
        }
    }

    @Test
    void everyWriteRefusesMalformedBodiesCleanlyAndWritesNothing() throws Exception {
        List<Write> writes = writes();
        assertTrue(writes.size() >= 20, "write operations with an example: " + writes.size());
        long leveling = auditEntries("helen", "leveling");
        long promotion = auditEntries("helen", "promotion");
        long comp = auditEntries("carl", "comp");
        List<String> wrong = new ArrayList<>();
        for (Write write : writes) {
            invalidBodies(write.example()).forEach((mutation, body) -> check(wrong, write, mutation, send(write, body), true));
        }
        assertEquals(List.of(), wrong);
        assertEquals(leveling, auditEntries("helen", "leveling"), "leveling-service wrote nothing");
        assertEquals(promotion, auditEntries("helen", "promotion"), "promotion-service wrote nothing");
        assertEquals(comp, auditEntries("carl", "comp"), "comp-service wrote nothing");
    }

    @Test
    void metaCharactersAndNullFieldsAreNeverAServerError() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Write write : writes()) {
            if (!write.example().isObject()) {
                continue;
            }
            write.example().fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()) {
                    ObjectNode meta = write.example().deepCopy();
                    meta.put(field.getKey(), META);
                    check(wrong, write, field.getKey() + " meta-characters", send(write, bytes(meta)), false);
                }
                ObjectNode nulled = write.example().deepCopy();
                nulled.putNull(field.getKey());
                check(wrong, write, field.getKey() + " null", send(write, bytes(nulled)), false);
            });
        }
        assertEquals(List.of(), wrong);
        JsonPath levels = Platform.as("alice").when().get("/api/v1/frameworks/ai-engineer/levels/L5")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("L5", levels.getString("code"), "the platform still reads its data");
    }

    /** A caller the operation's rule admits, or null when only the platform's relays may call it. */
    private static String callerFor(Set<String> roles) {
        return roles.size() == 7 ? "alice" : roles.stream().sorted().map(CALLER_FOR_ROLE::get)
                .filter(name -> name != null).findFirst().orElse(null);
    }

    @Test
    void controlCharactersInEveryPathAndQueryParameterAreRefused() throws Exception {
        JsonNode document = JSON.readTree(Platform.gateway().when().get("/openapi/platform.json")
                .then().statusCode(200).extract().asByteArray());
        Map<String, Set<String>> rules = RoleMatrixIT.rules();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, JsonNode> path : iterable(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                String method = operation.getKey().toUpperCase();
                String caller = callerFor(rules.get(method + " " + path.getKey()));
                if (caller == null) {
                    continue;
                }
                Write write = new Write(method, path.getKey(), null, "application/json", caller);
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    String name = parameter.path("name").asText();
                    for (String control : List.of("%00", "%1F")) {
                        pause();
                        Response response;
                        if (parameter.path("in").asText().equals("path")) {
                            String target = callable(path.getKey().replace("{" + name + "}", "x" + control + "y"));
                            response = Platform.as(caller).urlEncodingEnabled(false).contentType("application/json")
                                    .body("{}").when().request(method, target);
                        } else if (parameter.path("in").asText().equals("query")) {
                            response = Platform.as(caller).urlEncodingEnabled(false).contentType("application/json")
                                    .body("{}").when().request(method, callable(path.getKey()) + "?" + name + "=x" + control);
                        } else {
                            continue;
                        }
                        sent++;
                        check(wrong, write, name + " with " + control, response, true);
                    }
                }
            }
        }
        assertTrue(sent >= 60, "parameters tried: " + sent);
        assertEquals(List.of(), wrong);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
