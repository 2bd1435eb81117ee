package com.careerplatform.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Deployment gives its service exactly the environment the service's configuration reads. */
class ServiceEnvironmentTest {

    /** Read by the JVM and the image's launcher, not by the configuration. */
    private static final Set<String> RUNTIME = Set.of("QUARKUS_PROFILE", "JAVA_OPTS_APPEND", "MALLOC_ARENA_MAX");

    static Stream<Arguments> everyDeployment() {
        return WorkloadRulesTest.everyDeployment();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyDeployment")
    void setsEveryVariableTheServiceReadsAndNoOther(Overlay overlay, String name, ObjectNode deployment) {
        JsonNode container = WorkloadRulesTest.containers(deployment).get(0);
        assertEquals("kubernetes", valueOf(container, "QUARKUS_PROFILE"), name + " runs the kubernetes profile");
        Set<String> set = new TreeSet<>();
        container.path("env").forEach(variable -> set.add(variable.path("name").asText()));
        set.removeAll(RUNTIME);
        assertEquals(ServiceConfiguration.of(name).requiredEnvironment(), set, name + " environment");
        assertTrue(container.path("envFrom").isMissingNode(), name + " names each variable it sets");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyDeployment")
    void takesEveryConfigMapKeyFromAConfigMapThatHasIt(Overlay overlay, String name, ObjectNode deployment) {
        for (JsonNode variable : WorkloadRulesTest.containers(deployment).get(0).path("env")) {
            JsonNode reference = variable.at("/valueFrom/configMapKeyRef");
            if (!reference.isMissingNode()) {
                ObjectNode configMap = overlay.find("ConfigMap", reference.path("name").asText())
                        .orElseThrow(() -> new AssertionError(name + " reads the missing ConfigMap " + reference));
                assertTrue(configMap.path("data").has(reference.path("key").asText()), name + ": " + reference);
            }
        }
    }

    private static String valueOf(JsonNode container, String variable) {
        for (JsonNode entry : container.path("env")) {
            if (entry.path("name").asText().equals(variable)) {
                return entry.path("value").asText();
            }
        }
        return null;
    }
}
