package com.careerplatform.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Kubernetes label selector (matchLabels and matchExpressions) against a set of labels. */
final class Selectors {

    private Selectors() {
    }

    static boolean matches(JsonNode selector, Map<String, String> labels) {
        var wanted = selector.path("matchLabels").fields();
        while (wanted.hasNext()) {
            var label = wanted.next();
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(value -> values.add(value.asText()));
            boolean matches = switch (expression.path("operator").asText()) {
                case "In" -> values.contains(labels.get(key));
                case "NotIn" -> !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new AssertionError("unknown selector operator in " + expression);
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }
}
