package com.careerplatform.kit.outbox;

import io.vertx.core.http.HttpServerRequest;
import java.util.Map;

/**
 * Keycloak's token endpoint as a service's outbox relay meets it in tests, served by the test's stub
 * server: {@code /token} answers {@link #TOKEN}, which the relay then sends as its bearer token.
 */
public final class RelayTokenEndpoint {

    public static final String TOKEN = "relay-token";
    private static final String PATH = "/token";

    private RelayTokenEndpoint() {
    }

    /** Answers the request when it asks for a token; false (and nothing answered) for any other path. */
    public static boolean answered(HttpServerRequest request) {
        if (!request.path().equals(PATH)) {
            return false;
        }
        request.response().putHeader("Content-Type", "application/json")
                .end("{\"access_token\": \"" + TOKEN + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}");
        return true;
    }

    /** The OIDC client settings that send the relay's token requests to the stub server at {@code url}. */
    public static Map<String, String> at(String url) {
        return Map.of("quarkus.oidc-client.auth-server-url", url,
                "quarkus.oidc-client.discovery-enabled", "false",
                "quarkus.oidc-client.token-path", PATH);
    }
}
