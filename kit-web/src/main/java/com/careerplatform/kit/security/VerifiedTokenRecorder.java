package com.careerplatform.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands every identity Quarkus OIDC verified from a bearer token to {@link VerifiedTokens}, augmented. */
@ApplicationScoped
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    VerifiedTokenRecorder(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    /** After every other augmentor, so that the identity kept is the one the request gets. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        tokens.remember(identity);
        return Uni.createFrom().item(identity);
    }
}
