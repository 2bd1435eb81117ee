package com.careerplatform.kit.audit;

import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A service's audit log over HTTP. Each service extends it with its own {@code @Path}
 * ({@code /api/v1/audit-log/<service>}) and names the reading role in {@code career.audit.reader-role}.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class AuditLogResource {

    @Inject
    AuditLogReader reader;

    @GET
    @RolesAllowed("${career.audit.reader-role}")
    @Operation(summary = "Read the audit log, newest first: actor, time, request id, action, before and after")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "400", description = "Bad page or size, or a filter over its length", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller lacks the audit reader role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<AuditEntryView> read(@QueryParam("resourceType") @Size(max = 100) String resourceType,
            @QueryParam("resourceId") @Size(max = 200) String resourceId, @Valid @BeanParam PageParams page) {
        return reader.read(resourceType, resourceId, page);
    }
}
