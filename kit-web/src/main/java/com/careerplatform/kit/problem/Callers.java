package com.careerplatform.kit.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who made a request, as the security log names them: subject and OAuth2 client, never the token. */
public final class Callers {

    private Callers() {
    }

    public static String of(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (principal == null) {
            return "subject=- client=-";
        }
        Object client = principal instanceof JsonWebToken token ? token.getClaim("azp") : null;
        return "subject=" + principal.getName() + " client=" + (client == null ? "-" : client);
    }
}
