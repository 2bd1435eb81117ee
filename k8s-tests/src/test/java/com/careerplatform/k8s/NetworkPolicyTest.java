package com.careerplatform.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.careerplatform.k8s.NetworkPolicies.Pod;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may talk to whom, as both overlays' NetworkPolicies decide it. */
class NetworkPolicyTest {

    private static final Map<String, String> INGRESS_CONTROLLER = Map.of("app.kubernetes.io/name", "ingress-nginx");
    private static final Map<String, String> KEYCLOAK = Map.of("app", "keycloak", "app.kubernetes.io/instance", "keycloak",
            "app.kubernetes.io/managed-by", "keycloak-operator");

    static List<Overlay> overlays() {
        return Overlay.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void aDefaultDenyIsolatesEveryPodBothWays(Overlay overlay) {
        boolean found = overlay.ofKind("NetworkPolicy").stream().map(policy -> policy.path("spec")).anyMatch(spec ->
                spec.path("podSelector").isEmpty() && spec.path("policyTypes").toString().equals("[\"Ingress\",\"Egress\"]")
                        && spec.path("ingress").isEmpty() && spec.path("egress").isEmpty());
        assertTrue(found, "a policy selecting every pod, for Ingress and Egress, with no rule");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void fromOutsideTheNamespaceOnlyTheGatewayAndKeycloaksLoginPagesAnswer(Overlay overlay) {
        NetworkPolicies policies = new NetworkPolicies(overlay);
        Pod ingressController = new Pod("ingress-nginx", INGRESS_CONTROLLER);
        Pod elsewhere = new Pod("some-team", Map.of("app.kubernetes.io/name", "curious"));
        Set<String> reachable = new TreeSet<>();
        workloads(overlay).forEach((name, target) -> {
            for (int port : List.of(8080, 5432, 8000, 9000, 7800)) {
                if (policies.allows(ingressController, policies.pod(target), port)) {
                    reachable.add(name + ":" + port);
                }
                assertFalse(policies.allows(elsewhere, policies.pod(target), port), name + ":" + port + " from another namespace");
            }
        });
        assertEquals(Set.of("gateway:8080", "keycloak:8080"), reachable);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceAnswersOnlyTheWorkloadsThatCallIt(Overlay overlay) {
        Map<String, Set<String>> callers = Map.of(
                "gateway", Set.of(),
                "leveling-service", Set.of("gateway", "promotion-service", "comp-service"),
                "promotion-service", Set.of("gateway"),
                "comp-service", Set.of("gateway", "leveling-service"),
                "keycloak", Set.of("gateway", "leveling-service", "promotion-service", "comp-service"));
        assertEquals(callers, callersOn(overlay, 8080, callers.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachDatabaseAnswersOnlyItsOwnServiceAndItsOwnInstances(Overlay overlay) {
        Map<String, Set<String>> callers = Map.of(
                "leveling-db", Set.of("leveling-service", "leveling-db"),
                "promotion-db", Set.of("promotion-service", "promotion-db"),
                "comp-db", Set.of("comp-service", "comp-db"),
                "keycloak-db", Set.of("keycloak", "keycloak-db"));
        assertEquals(callers, callersOn(overlay, 5432, callers.keySet()));
    }

    /** For each target, which of the overlay's workloads may open a connection to it on the port. */
    private static Map<String, Set<String>> callersOn(Overlay overlay, int port, Set<String> targets) {
        NetworkPolicies policies = new NetworkPolicies(overlay);
        Map<String, Map<String, String>> workloads = workloads(overlay);
        Map<String, Set<String>> callers = new LinkedHashMap<>();
        for (String target : targets) {
            Set<String> allowed = new TreeSet<>();
            workloads.forEach((name, labels) -> {
                if (policies.allows(policies.pod(labels), policies.pod(workloads.get(target)), port)) {
                    allowed.add(name);
                }
            });
            callers.put(target, allowed);
        }
        return callers;
    }

    /** Every pod the overlay runs, by the labels its pods carry: Deployments', Keycloak's and CloudNativePG's. */
    private static Map<String, Map<String, String>> workloads(Overlay overlay) {
        Map<String, Map<String, String>> workloads = new LinkedHashMap<>();
        for (ObjectNode deployment : overlay.ofKind("Deployment")) {
            workloads.put(Overlay.nameOf(deployment), ReplicasTest.labels(deployment.at("/spec/template/metadata/labels")));
        }
        workloads.put("keycloak", KEYCLOAK);
        for (JsonNode cluster : overlay.ofKind("Cluster")) {
            workloads.put(Overlay.nameOf(cluster), Map.of("cnpg.io/cluster", Overlay.nameOf(cluster), "cnpg.io/podRole", "instance"));
        }
        return workloads;
    }
}
