package com.careerplatform.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Whether an overlay's NetworkPolicies let one pod reach another on a port, decided as the Kubernetes
 * NetworkPolicy API specifies it: a pod selected by a policy of a direction is isolated in that
 * direction, and then only the union of those policies' rules lets traffic through; a connection needs
 * both the source's egress and the target's ingress.
 */
final class NetworkPolicies {

    /** A pod: its namespace, that namespace's labels, and its own labels. */
    record Pod(String namespace, Map<String, String> labels) {

        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final String namespace;
    private final List<ObjectNode> policies;

    NetworkPolicies(Overlay overlay) {
        this.policies = overlay.ofKind("NetworkPolicy");
        this.namespace = policies.get(0).at("/metadata/namespace").asText();
    }

    Pod pod(Map<String, String> labels) {
        return new Pod(namespace, labels);
    }

    boolean allows(Pod from, Pod to, int port) {
        return allowed(from, "Egress", "egress", "to", to, port) && allowed(to, "Ingress", "ingress", "from", from, port);
    }

    /** Whether {@code pod}'s policies of the direction let traffic to or from {@code peer} on the port. */
    private boolean allowed(Pod pod, String type, String rulesField, String peersField, Pod peer, int port) {
        if (!pod.namespace().equals(namespace)) {
            return true;
        }
        List<ObjectNode> isolating = policies.stream()
                .filter(policy -> contains(policy.at("/spec/policyTypes"), type))
                .filter(policy -> Selectors.matches(policy.at("/spec/podSelector"), pod.labels()))
                .toList();
        if (isolating.isEmpty()) {
            return true;
        }
        for (ObjectNode policy : isolating) {
            for (JsonNode rule : policy.at("/spec/" + rulesField)) {
                if (portMatches(rule.path("ports"), port) && peerMatches(rule.path(peersField), peer)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean peerMatches(JsonNode peers, Pod peer) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode selector : peers) {
            if (selector.has("ipBlock")) {
                continue;
            }
            boolean namespaceMatches = selector.has("namespaceSelector")
                    ? Selectors.matches(selector.path("namespaceSelector"), peer.namespaceLabels())
                    : peer.namespace().equals(namespace);
            boolean podMatches = !selector.has("podSelector") || Selectors.matches(selector.path("podSelector"), peer.labels());
            if (namespaceMatches && podMatches) {
                return true;
            }
        }
        return false;
    }

    private static boolean portMatches(JsonNode ports, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode entry : ports) {
            if (entry.path("port").asInt(-1) == port) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
