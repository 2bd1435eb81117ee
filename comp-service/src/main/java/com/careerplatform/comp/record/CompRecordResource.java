package com.careerplatform.comp.record;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.EmployeeIds;
import com.careerplatform.kit.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Comp records. A person reads their own (the token's {@code employee_id}); asking for anyone else's is a
 * 404, so the answer does not tell whether the record exists. comp-admin reads and writes all.
 */
@Path("/api/v1/comp-records/{employeeId}")
@Tag(name = "Comp records", description = "A person's pay and its history; every read is audited")
@Produces(MediaType.APPLICATION_JSON)
public class CompRecordResource {

    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    private final CompRecordService records;
    private final SecurityIdentity identity;

    CompRecordResource(CompRecordService records, SecurityIdentity identity) {
        this.records = records;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Read a person's current pay and one page of its history, newest first (own record, or any for comp-admin)")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(schema = @Schema(implementation = CompRecordView.class)))
    @APIResponse(responseCode = "400", description = "Malformed employee id or paging parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No record, or not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public CompRecordView read(@PathParam("employeeId") @Size(max = 64)
            @Pattern(regexp = ID, message = "must be an employee id such as E1001")
            String employeeId, @Valid @BeanParam PageParams page) {
        boolean admin = identity.hasRole(Roles.COMP_ADMIN);
        if (!admin && !EmployeeIds.of(identity).filter(employeeId::equals).isPresent()) {
            throw CompRecordService.notFound(employeeId);
        }
        return records.read(employeeId, admin, page);
    }

    @POST
    @Path("/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMP_ADMIN)
    @Operation(summary = "Record a change of a person's pay (comp-admin; Idempotency-Key honoured)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "merit", value = """
            {"effectiveFrom": "2026-04-01", "reason": "MERIT", "frameworkSlug": "ai-engineer", "level": "L5",
             "market": "US", "segment": "BIG_TECH", "currency": "USD", "base": "210000.00",
             "bonusTargetPercent": "15", "equityAnnualValue": "100000.00", "sex": "FEMALE"}
            """)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CompRecordView.Change.class)))
    @APIResponse(responseCode = "400", description = "Invalid change", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is not comp-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "A change on that day exists, or the same Idempotency-Key is still running",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The level is not the person's level in the people record on effectiveFrom"
            + " (or there is none), or the Idempotency-Key was used with another body", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot confirm the level; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response change(@PathParam("employeeId") @Size(max = 64)
            @Pattern(regexp = ID, message = "must be an employee id such as E1001")
            String employeeId, @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid CompChangeRequest request, UriInfo uri) {
        return records.change(employeeId, request, idempotencyKey, identity.getPrincipal().getName(),
                uri.getBaseUriBuilder().path("api/v1/comp-records").path(employeeId).build());
    }
}
