package com.careerplatform.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Adds {@link Roles#MEMBER} to identities that hold at least one platform role. */
@ApplicationScoped
public class PlatformMemberAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        boolean member = !identity.isAnonymous()
                && identity.getRoles().stream().anyMatch(Roles.PLATFORM_ROLES::contains);
        if (!member) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.MEMBER).build());
    }
}
