package com.careerplatform.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * prod writes no secret: every Secret its objects name is made by CloudNativePG (a cluster's -app Secret)
 * or is one the README tells the operator to create. dev generates its own.
 */
class SecretsTest {

    @Test
    void prodHoldsNoSecretAndNoConfigMapThatLooksLikeOne() {
        Overlay prod = Overlay.prod();
        assertEquals(List.of(), prod.ofKind("Secret"), "Secrets in prod");
        for (ObjectNode configMap : prod.ofKind("ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key ->
                    assertFalse(key.matches("(?i).*(secret|password|token|key).*"), Overlay.describe(configMap) + " holds " + key));
        }
    }

    @Test
    void everySecretProdNamesIsMadeByCloudNativePgOrListedInTheReadme() throws IOException {
        Overlay prod = Overlay.prod();
        String readme = Files.readString(Overlay.ROOT.resolve("deploy/k8s/README.md"));
        Set<String> made = new TreeSet<>();
        prod.ofKind("Cluster").forEach(cluster -> made.add(Overlay.nameOf(cluster) + "-app"));
        for (String secret : secretsNamed(prod)) {
            assertTrue(made.contains(secret) || readme.contains("| `" + secret + "` |"),
                    secret + " is neither CloudNativePG's nor in deploy/k8s/README.md's table of secrets");
        }
    }

    @Test
    void everySecretDevNamesExistsOrIsMadeByCloudNativePg() {
        Overlay dev = Overlay.dev();
        Set<String> available = new TreeSet<>();
        dev.ofKind("Cluster").forEach(cluster -> available.add(Overlay.nameOf(cluster) + "-app"));
        dev.ofKind("Secret").forEach(secret -> available.add(Overlay.nameOf(secret)));
        Set<String> missing = secretsNamed(dev);
        missing.removeAll(available);
        assertEquals(Set.of(), missing, "Secrets dev refers to but neither creates nor gets from CloudNativePG");
    }

    @Test
    void theRealmImportWritesNoClientSecretButThroughAPlaceholder() {
        for (Overlay overlay : Overlay.both()) {
            JsonNode realmImport = overlay.ofKind("KeycloakRealmImport").get(0);
            Set<String> placeholders = new TreeSet<>();
            realmImport.at("/spec/placeholders").fieldNames().forEachRemaining(placeholders::add);
            for (JsonNode client : realmImport.at("/spec/realm/clients")) {
                if (client.has("secret")) {
                    String secret = client.path("secret").asText();
                    assertTrue(secret.matches("\\$\\{[A-Z_]+}") && placeholders.contains(secret.substring(2, secret.length() - 1)),
                            client.path("clientId").asText() + "'s secret is a placeholder the import fills in");
                }
            }
        }
    }

    /** The names of every Secret the overlay's objects read: secretKeyRef, volumes, TLS and the operators' references. */
    static Set<String> secretsNamed(Overlay overlay) {
        Set<String> names = new TreeSet<>();
        for (ObjectNode object : overlay.objects()) {
            object.findParents("secretKeyRef").forEach(parent -> names.add(parent.at("/secretKeyRef/name").asText()));
            object.findValuesAsText("secretName").forEach(names::add);
            for (String field : List.of("usernameSecret", "passwordSecret", "accessKeyId", "secretAccessKey", "secret")) {
                object.findValues(field).stream().filter(JsonNode::isObject)
                        .forEach(reference -> names.add(reference.path("name").asText()));
            }
        }
        names.remove("");
        return names;
    }
}
