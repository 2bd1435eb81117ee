package com.careerplatform.kit.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token this service verified before from {@link VerifiedTokens}; any other token goes
 * on to Quarkus OIDC (a null answer passes the request to the next provider), which verifies it fully.
 */
@ApplicationScoped
public class VerifiedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    VerifiedTokenProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Before every provider Quarkus registers. OIDC's keeps the interface's default priority: at the same
     * priority the order of the two would be left to chance at each start.
     */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(tokens.find(request.getToken().getToken())
                .map(identity -> forThisRequest(identity, HttpSecurityUtils.getRoutingContextAttribute(request)))
                .orElse(null));
    }

    /** The identity with this request's routing context, where the first request's was kept. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext current) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        identity.getAttributes().forEach((name, value) -> {
            if (value instanceof RoutingContext && current != null) {
                builder.addAttribute(name, current);
            }
        });
        return builder.build();
    }
}
