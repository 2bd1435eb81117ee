package com.careerplatform.kit.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class IdentityProviderFailuresTest {

    @Test
    void anUnreachableProviderIsUnavailable() {
        assertTrue(IdentityProviderFailures.isProviderUnavailable(new OIDCException("OIDC Server is not available")));
        assertTrue(IdentityProviderFailures.isProviderUnavailable(
                new AuthenticationFailedException(new ConnectException("Connection refused"))));
    }

    @Test
    void aBadTokenIsNot() {
        assertFalse(IdentityProviderFailures.isProviderUnavailable(new OIDCException()));
        assertFalse(IdentityProviderFailures.isProviderUnavailable(new AuthenticationFailedException(new OIDCException())));
        assertFalse(IdentityProviderFailures.isProviderUnavailable(new AuthenticationFailedException("signature")));
    }
}
