package com.careerplatform.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's own bearer token, to forward when one service asks another on the caller's behalf. */
public final class BearerTokens {

    private BearerTokens() {
    }

    /** The {@code Authorization} header value for the caller's token, or null when the caller has none. */
    public static String authorization(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null
                ? "Bearer " + token.getRawToken() : null;
    }
}
