package com.careerplatform.kit.openapi;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation a service's OpenAPI document declares, so that tests walk the whole API: a new
 * endpoint is covered by them without anyone adding it to a list.
 */
public final class ApiOperations {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** One operation; {@code callablePath} has each path parameter replaced by a plausible value. */
    public record Operation(String method, String path, Map<String, Object> spec) {

        public String callablePath() {
            Matcher parameters = PARAMETER.matcher(path);
            StringBuilder callable = new StringBuilder();
            while (parameters.find()) {
                parameters.appendReplacement(callable, sample(parameters.group(1)));
            }
            return parameters.appendTail(callable).toString();
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> responses() {
            return (Map<String, Object>) spec.get("responses");
        }

        /** Whether the operation declares the header {@code name} as a parameter. */
        @SuppressWarnings("unchecked")
        public boolean takesHeader(String name) {
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of());
            return parameters.stream().anyMatch(parameter -> "header".equals(parameter.get("in"))
                    && name.equalsIgnoreCase(String.valueOf(parameter.get("name"))));
        }

        /** The media type of the request body (the first one declared), JSON when there is none. */
        @SuppressWarnings("unchecked")
        public String requestMediaType() {
            Map<String, Object> body = (Map<String, Object>) spec.get("requestBody");
            if (body == null) {
                return "application/json";
            }
            return ((Map<String, Object>) body.get("content")).keySet().iterator().next();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        private static String sample(String name) {
            if (name.equalsIgnoreCase("id") || name.endsWith("Id")) {
                return "00000000-0000-4000-8000-000000000001";
            }
            return name.equals("version") || name.equals("number") ? "1" : "sample";
        }
    }

    private ApiOperations() {
    }

    /** The operations of the service under test, read from its {@code /q/openapi}. */
    @SuppressWarnings("unchecked")
    public static List<Operation> ofServiceUnderTest() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, byMethod) -> byMethod.forEach((method, spec) -> {
            if (spec.containsKey("responses")) {
                operations.add(new Operation(method.toUpperCase(), path, spec));
            }
        }));
        return operations;
    }
}
