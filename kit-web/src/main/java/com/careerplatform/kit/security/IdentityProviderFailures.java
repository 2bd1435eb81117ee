package com.careerplatform.kit.security;

import io.quarkus.oidc.OIDCException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a token that could not be checked (identity provider unreachable: 503) from a token that is bad
 * (401). Quarkus reports both as an {@link OIDCException} at times (an unsigned token, or one of another
 * realm, too), so only an unreachable provider counts: a refused or timed-out connection, an unknown
 * host, or Quarkus' own "not available" verdict.
 */
public final class IdentityProviderFailures {

    private IdentityProviderFailures() {
    }

    public static boolean isProviderUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof TimeoutException) {
                return true;
            }
            if (cause instanceof OIDCException && cause.getMessage() != null && cause.getMessage().contains("not available")) {
                return true;
            }
        }
        return false;
    }
}
