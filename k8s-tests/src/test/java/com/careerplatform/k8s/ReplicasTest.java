package com.careerplatform.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dev runs one of everything; prod at least two, scaled on CPU, never all at once taken down, spread out. */
class ReplicasTest {

    @Test
    void devRunsOneReplicaOfEachAndNoAutoscaler() {
        Overlay dev = Overlay.dev();
        for (ObjectNode deployment : dev.ofKind("Deployment")) {
            assertEquals(1, deployment.at("/spec/replicas").asInt(), Overlay.describe(deployment));
        }
        assertEquals(List.of(), dev.ofKind("HorizontalPodAutoscaler"));
        for (ObjectNode cluster : dev.ofKind("Cluster")) {
            assertEquals(1, cluster.at("/spec/instances").asInt(), Overlay.describe(cluster));
        }
    }

    @Test
    void everyProdDeploymentHasTwoReplicasAtLeastAndAnAutoscalerOnCpu() {
        Overlay prod = Overlay.prod();
        for (ObjectNode deployment : prod.ofKind("Deployment")) {
            String name = Overlay.nameOf(deployment);
            assertTrue(deployment.at("/spec/replicas").asInt() >= 2, name + " replicas");
            List<ObjectNode> autoscalers = prod.ofKind("HorizontalPodAutoscaler").stream()
                    .filter(hpa -> hpa.at("/spec/scaleTargetRef/kind").asText().equals("Deployment")
                            && hpa.at("/spec/scaleTargetRef/name").asText().equals(name))
                    .toList();
            assertEquals(1, autoscalers.size(), "autoscalers of " + name);
            JsonNode spec = autoscalers.get(0).path("spec");
            assertTrue(spec.path("minReplicas").asInt() >= 2, name + " minReplicas");
            assertTrue(spec.path("maxReplicas").asInt() > spec.path("minReplicas").asInt(), name + " can scale out");
            assertEquals("cpu", spec.at("/metrics/0/resource/name").asText(), name + " scales on CPU");
        }
    }

    @Test
    void everyProdDeploymentHasADisruptionBudgetOfOneAvailablePod() {
        Overlay prod = Overlay.prod();
        for (ObjectNode deployment : prod.ofKind("Deployment")) {
            Map<String, String> labels = labels(deployment.at("/spec/template/metadata/labels"));
            List<ObjectNode> budgets = prod.ofKind("PodDisruptionBudget").stream()
                    .filter(pdb -> labels.entrySet().containsAll(labels(pdb.at("/spec/selector/matchLabels")).entrySet()))
                    .toList();
            assertEquals(1, budgets.size(), "disruption budgets over " + Overlay.describe(deployment));
            assertEquals(1, budgets.get(0).at("/spec/minAvailable").asInt(), Overlay.describe(budgets.get(0)));
        }
    }

    @Test
    void prodSpreadsEveryDeploymentsPodsOverNodesAndZones() {
        for (ObjectNode deployment : Overlay.prod().ofKind("Deployment")) {
            JsonNode constraints = deployment.at("/spec/template/spec/topologySpreadConstraints");
            assertEquals(List.of("kubernetes.io/hostname", "topology.kubernetes.io/zone"),
                    constraints.findValuesAsText("topologyKey").stream().sorted().toList(), Overlay.describe(deployment));
            Map<String, String> labels = labels(deployment.at("/spec/template/metadata/labels"));
            for (JsonNode constraint : constraints) {
                assertTrue(Selectors.matches(constraint.path("labelSelector"), labels), Overlay.describe(deployment) + " selects its pods");
                assertTrue(constraint.path("matchLabelKeys").toString().contains("\"app.kubernetes.io/name\""),
                        Overlay.describe(deployment) + " spreads its own pods, not every workload's together");
            }
        }
    }

    @Test
    void prodRunsThreePostgresInstancesPerDatabaseAndTwoOfKeycloak() {
        Overlay prod = Overlay.prod();
        assertEquals(4, prod.ofKind("Cluster").size(), "a cluster per service and one for Keycloak");
        for (ObjectNode cluster : prod.ofKind("Cluster")) {
            assertEquals(3, cluster.at("/spec/instances").asInt(), Overlay.describe(cluster));
        }
        assertTrue(prod.ofKind("Keycloak").get(0).at("/spec/instances").asInt() >= 2, "Keycloak instances");
    }

    static Map<String, String> labels(JsonNode labels) {
        assertTrue(labels.isObject() && !labels.isEmpty(), "labels " + labels);
        return Overlay.YAML.convertValue(labels, Overlay.YAML.getTypeFactory().constructMapType(Map.class, String.class, String.class));
    }
}
