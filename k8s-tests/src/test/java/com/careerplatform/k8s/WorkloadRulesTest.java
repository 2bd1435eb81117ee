package com.careerplatform.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every Deployment of both overlays must have: probes, sizes, a pinned image, a locked-down pod. */
class WorkloadRulesTest {

    static final List<String> WORKLOADS = List.of("gateway", "leveling-service", "promotion-service", "comp-service");

    static Stream<Arguments> everyDeployment() {
        return Overlay.both().stream().flatMap(overlay -> overlay.ofKind("Deployment").stream()
                .map(deployment -> Arguments.of(overlay, Overlay.nameOf(deployment), deployment)));
    }

    @Test
    void bothOverlaysRunTheGatewayAndTheThreeServicesAndNothingElse() {
        for (Overlay overlay : Overlay.both()) {
            assertEquals(WORKLOADS.stream().sorted().toList(),
                    overlay.ofKind("Deployment").stream().map(Overlay::nameOf).sorted().toList(), overlay.name());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyDeployment")
    void everyContainerHasItsThreeHealthProbes(Overlay overlay, String name, ObjectNode deployment) {
        for (JsonNode container : containers(deployment)) {
            assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText(), name);
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), name);
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), name);
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertEquals("http", container.at("/" + probe + "/httpGet/port").asText(), name + " " + probe);
            }
            assertTrue(container.path("ports").findValuesAsText("name").contains("http"), name + " names its port http");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyDeployment")
    void everyContainerRequestsAndLimitsCpuAndMemory(Overlay overlay, String name, ObjectNode deployment) {
        for (JsonNode container : containers(deployment)) {
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertFalse(container.at("/resources/" + bound + "/" + resource).asText().isEmpty(),
                            name + " " + bound + " " + resource);
                }
            }
            // The heap (-Xmx128m, docs/performance.md#sizing) and ~250 MiB beside it must fit under the limit.
            assertTrue(container.path("env").toString().contains("-Xmx128m"), name + " runs with the measured heap");
            assertTrue(Quantities.bytes(container.at("/resources/limits/memory").asText()) >= 384L << 20,
                    name + " memory limit");
            assertTrue(Quantities.bytes(container.at("/resources/requests/memory").asText())
                    <= Quantities.bytes(container.at("/resources/limits/memory").asText()), name + " requests within limits");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyDeployment")
    void everyImageIsPinnedToAVersion(Overlay overlay, String name, ObjectNode deployment) {
        for (JsonNode container : containers(deployment)) {
            String image = container.path("image").asText();
            String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
            assertTrue(afterRegistry.contains(":") || image.contains("@sha256:"), image + " names a version");
            assertFalse(image.endsWith(":latest"), image);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyDeployment")
    void everyPodRunsLockedDown(Overlay overlay, String name, ObjectNode deployment) {
        JsonNode pod = deployment.at("/spec/template/spec");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name + " runAsNonRoot");
        assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText(), name);
        assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), name + " needs no service-account token");
        for (JsonNode container : containers(deployment)) {
            JsonNode security = container.path("securityContext");
            assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), name + " read-only root filesystem");
            assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), name + " no privilege escalation");
            assertEquals("[\"ALL\"]", security.at("/capabilities/drop").toString(), name + " drops every capability");
            assertTrue(security.at("/capabilities/add").isMissingNode(), name + " adds no capability");
        }
    }

    static List<JsonNode> containers(JsonNode deployment) {
        List<JsonNode> containers = new ArrayList<>();
        deployment.at("/spec/template/spec/containers").forEach(containers::add);
        assertFalse(containers.isEmpty(), Overlay.describe(deployment) + " has containers");
        return containers;
    }
}
