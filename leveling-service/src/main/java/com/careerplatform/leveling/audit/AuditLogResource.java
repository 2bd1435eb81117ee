package com.careerplatform.leveling.audit;

import com.careerplatform.kit.audit.AuditEntryView;
import com.careerplatform.kit.audit.AuditLogReader;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The leveling service's append-only audit log, for hr-admin. */
@Path("/api/v1/audit-log/leveling")
@Tag(name = "Audit log", description = "Every write of the leveling service: who, when, what, before and after")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

    private final AuditLogReader reader;

    AuditLogResource(AuditLogReader reader) {
        this.reader = reader;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Read the audit log, newest first (hr-admin)")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "400", description = "Bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<AuditEntryView> read(@QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @Valid @BeanParam PageParams page) {
        return reader.read(resourceType, resourceId, page);
    }
}
