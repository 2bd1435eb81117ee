package com.careerplatform.kit.security;

import com.careerplatform.kit.problem.Callers;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ProblemResponses;
import com.careerplatform.kit.problem.ProblemType;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Authentication and authorization failures as RFC 9457 answers: 401 for a missing or bad token, 403 for
 * missing roles, 503 when the identity provider cannot be reached to check a token. Each 401 and 403 is a
 * line in the {@code security} log, without the token.
 */
public class SecurityProblemMappers {

    private static final Logger LOG = Logger.getLogger(SecurityProblemMappers.class);
    private static final Logger SECURITY = Logger.getLogger("security");

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return tokenRejected(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        SECURITY.infof("401 %s: no credentials", ProblemResponses.instance(uri));
        return unauthenticated(uri, "A bearer token is required");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, ContainerRequestContext request) {
        SECURITY.infof("403 %s %s %s: caller lacks the required role", request.getMethod(), ProblemResponses.instance(uri),
                Callers.of(request));
        return ProblemResponses.of(Problem.of(ProblemType.FORBIDDEN,
                "Your roles do not allow this operation", ProblemResponses.instance(uri)));
    }

    /** Quarkus raises this both when Keycloak cannot be reached and for some bad tokens (unsigned, another realm). */
    @ServerExceptionMapper
    public Response oidcFailure(OIDCException e, UriInfo uri) {
        return tokenRejected(e, uri);
    }

    private static Response tokenRejected(Exception e, UriInfo uri) {
        if (IdentityProviderFailures.isProviderUnavailable(e)) {
            LOG.warnf("identity provider unavailable while serving %s: %s", ProblemResponses.instance(uri), e.getMessage());
            return ProblemResponses.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                    "The identity provider cannot be reached to check your token; retry shortly", ProblemResponses.instance(uri)));
        }
        SECURITY.infof("401 %s: token rejected", ProblemResponses.instance(uri));
        return unauthenticated(uri, "The bearer token is missing, expired or not valid for this service");
    }

    private static Response unauthenticated(UriInfo uri, String detail) {
        return Response.fromResponse(ProblemResponses.of(Problem.of(ProblemType.UNAUTHENTICATED, detail,
                ProblemResponses.instance(uri))))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }
}
