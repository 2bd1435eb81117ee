package com.careerplatform.leveling.scim;

import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.problem.ScimErrors;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every refusal under {@code /scim/} as a SCIM error: the SCIM code's own {@link ScimException}s with
 * their scimType, and every problem the platform answers there (401, 403, 404, 405, 415, 503, …)
 * turned into the same shape on its way out.
 */
public class ScimErrorAnswers {

    private static final MediaType SCIM = MediaType.valueOf(ScimErrors.MEDIA_TYPE);

    @ServerExceptionMapper
    public Response scim(ScimException e) {
        ErrorResponse error = e.getScimError();
        return Response.status(error.getStatus()).type(SCIM).header("Cache-Control", "no-store")
                .entity(ScimErrors.body(error.getStatus(), error.getScimType(), error.getDetail())).build();
    }

    @ServerResponseFilter
    public void problemsAsScimErrors(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem
                && ScimErrors.appliesTo("/" + request.getUriInfo().getPath().replaceFirst("^/", ""))) {
            response.setEntity(ScimErrors.of(problem), null, SCIM);
        }
    }
}
