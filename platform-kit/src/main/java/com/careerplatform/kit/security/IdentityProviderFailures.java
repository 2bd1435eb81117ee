package com.careerplatform.kit.security;

import io.quarkus.oidc.OIDCException;

/** Tells a token that could not be checked (identity provider down: 503) from a token that is bad (401). */
public final class IdentityProviderFailures {

    private IdentityProviderFailures() {
    }

    public static boolean isProviderUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
