package com.careerplatform.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The realm prod imports is the local realm (deploy/keycloak/career-realm.json) without what only a
 * developer's machine may have: demo people, password-grant clients, fixed secrets, local redirects.
 * Everything the platform relies on (roles, scopes and their mappers, the clients the services use) is
 * the same.
 */
class ProdRealmTest {

    private static final JsonNode LOCAL = local();
    private static final JsonNode PROD = Overlay.prod().ofKind("KeycloakRealmImport").get(0).at("/spec/realm");

    @Test
    void hasTheLocalRealmsRolesScopesAndUserProfile() {
        assertEquals(LOCAL.path("realm"), PROD.path("realm"));
        for (String field : List.of("roles", "clientScopes", "defaultDefaultClientScopes", "components")) {
            assertEquals(LOCAL.path(field), PROD.path(field), field);
        }
    }

    @Test
    void hasNoPeopleButTheServiceAccountsOfItsClients() {
        Map<String, JsonNode> clients = byClientId(PROD);
        for (JsonNode user : PROD.path("users")) {
            String client = user.path("serviceAccountClientId").asText();
            assertTrue(clients.containsKey(client), user.path("username") + " is a service account of one of its clients");
            assertFalse(user.has("credentials"), user.path("username") + " has no password");
            assertEquals(localServiceAccount(client).path("realmRoles"), user.path("realmRoles"), client + "'s roles");
        }
        assertEquals(clients.values().stream().filter(client -> client.path("serviceAccountsEnabled").asBoolean()).count(),
                PROD.path("users").size(), "one service account per client with service accounts");
    }

    @Test
    void noClientHasThePasswordGrantOrAFixedSecret() {
        for (JsonNode client : PROD.path("clients")) {
            String id = client.path("clientId").asText();
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), id + " has the password grant");
            assertFalse(client.path("implicitFlowEnabled").asBoolean(), id);
            if (client.has("secret")) {
                assertTrue(client.path("secret").asText().startsWith("${"), id + "'s secret is a placeholder");
            }
            client.path("redirectUris").forEach(uri -> assertTrue(uri.asText().startsWith("https://"), id + " redirects to " + uri));
        }
        assertNotEquals("none", PROD.path("sslRequired").asText());
        assertTrue(PROD.path("bruteForceProtected").asBoolean());
    }

    @Test
    void keepsEveryClientTheServicesAndThePortalUseAsTheLocalRealmDefinesIt() {
        Set<String> used = new TreeSet<>(Set.of("portal", "hr-system"));
        used.add(ServiceConfiguration.of("gateway").value("quarkus.oidc.client-id"));
        for (String service : List.of("leveling-service", "promotion-service")) {
            used.add(ServiceConfiguration.of(service).value("quarkus.oidc-client.client-id"));
        }
        Map<String, JsonNode> prod = byClientId(PROD);
        Map<String, JsonNode> local = byClientId(LOCAL);
        assertEquals(used, prod.keySet());
        for (String id : used) {
            for (String field : List.of("publicClient", "standardFlowEnabled", "serviceAccountsEnabled", "fullScopeAllowed",
                    "defaultClientScopes", "optionalClientScopes", "protocolMappers")) {
                assertEquals(local.get(id).path(field), prod.get(id).path(field), id + " " + field);
            }
        }
    }

    private static Map<String, JsonNode> byClientId(JsonNode realm) {
        Map<String, JsonNode> clients = new LinkedHashMap<>();
        realm.path("clients").forEach(client -> clients.put(client.path("clientId").asText(), client));
        return clients;
    }

    private static JsonNode localServiceAccount(String client) {
        for (JsonNode user : LOCAL.path("users")) {
            if (user.path("serviceAccountClientId").asText().equals(client)) {
                return user;
            }
        }
        throw new AssertionError("the local realm has no service account for " + client);
    }

    private static JsonNode local() {
        try {
            return new ObjectMapper().readTree(Overlay.ROOT.resolve("deploy/keycloak/career-realm.json").toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
