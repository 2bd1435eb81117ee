package com.careerplatform.gateway.portal;

import io.smallrye.config.ConfigMapping;
import java.net.URI;

/** Where the portal's pages send people to log in, from {@code portal.*} configuration. */
@ConfigMapping(prefix = "portal")
public interface PortalConfig {

    /**
     * The realm's address as a browser reaches it (the OIDC authority the pages log in at). On a laptop it
     * is the gateway's own Keycloak address; on Kubernetes the public one, not the in-cluster Service.
     */
    URI authority();

    /** The public Keycloak client the pages log in through (authorization code + PKCE). */
    String clientId();
}
