package com.careerplatform.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller's employee id: the token's {@code employee_id} claim (or the identity attribute of that name). */
public final class EmployeeIds {

    public static final String CLAIM = "employee_id";

    private EmployeeIds() {
    }

    public static Optional<String> of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(CLAIM) != null) {
            return Optional.of(token.getClaim(CLAIM).toString());
        }
        return Optional.ofNullable(identity.getAttribute(CLAIM));
    }
}
