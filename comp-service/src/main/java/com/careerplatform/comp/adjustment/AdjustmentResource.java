package com.careerplatform.comp.adjustment;

import com.careerplatform.comp.adjustment.ProposalRequests.DecisionRequest;
import com.careerplatform.comp.adjustment.ProposalRequests.ProposeRequest;
import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.EnumParameter;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adjustment proposals: the promotion flow proposes, comp-admin approves or rejects. */
@Path("/api/v1/adjustment-proposals")
@Tag(name = "Adjustment proposals", description = "Pay changes that move a promoted person into the new level's band")
@Produces(MediaType.APPLICATION_JSON)
public class AdjustmentResource {

    private final AdjustmentService adjustments;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    AdjustmentResource(AdjustmentService adjustments, SecurityIdentity identity, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.adjustments = adjustments;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMP_ADMIN, Roles.HR_ADMIN, Roles.PLATFORM_SERVICE})
    @Operation(summary = "Propose moving a promoted person into the band of their new recorded level (the people record's"
            + " relay, hr-admin, comp-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "promotion to L6", value = """
            {"employeeId": "E1001", "newLevel": "L6", "effectiveFrom": "2026-04-01", "sourceEventId": "promotion.decided/7f3c"}
            """)))
    @APIResponse(responseCode = "201", description = "Proposed; a redelivered sourceEventId answers the first proposal; the pay only to comp-admin",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or a level the framework does not have", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller may not propose", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "No comp record to adjust, newLevel is not the person's level in the people"
            + " record on effectiveFrom, no band in force, or another currency", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot check the level", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response propose(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid ProposeRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () -> adjustments.levelChecked(request), framework -> {
            ProposalView proposal = adjustments.propose(request, framework, identity.getPrincipal().getName());
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(proposal.id().toString()).build(), shown(proposal));
        });
    }

    @GET
    @RolesAllowed({Roles.COMP_ADMIN, Roles.HR_ADMIN})
    @Operation(summary = "List proposals, newest first (comp-admin; hr-admin without the pay)")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    @APIResponse(responseCode = "400", description = "Unknown or over-long status, or a bad paging parameter", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller is neither comp-admin nor hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<ProposalView> list(@QueryParam("status") @Size(max = 100) String status,
            @Valid @BeanParam PageParams page) {
        return adjustments.list(EnumParameter.parse(ProposalStatus.class, "status", status), page).map(this::shown);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COMP_ADMIN, Roles.HR_ADMIN})
    @Operation(summary = "Read one proposal (comp-admin; hr-admin without the pay)")
    @APIResponse(responseCode = "200", description = "The proposal", content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "403", description = "Caller is neither comp-admin nor hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ProposalView find(@PathParam("id") UUID id) {
        return shown(adjustments.find(id));
    }

    /** A person's pay is comp-admin's to see: hr-admin and the relay follow a proposal without it. */
    private ProposalView shown(ProposalView proposal) {
        return identity.hasRole(Roles.COMP_ADMIN) ? proposal : proposal.withoutPay();
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMP_ADMIN)
    @Operation(summary = "Approve: the proposed pay is recorded as a PROMOTION change (comp-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "approved",
            value = "{\"note\": \"Within the L6 band; effective with the cycle.\"}")))
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "403", description = "Caller is not comp-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Decided already, or a change on that day exists", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ProposalView approve(@PathParam("id") UUID id, @Valid DecisionRequest decision) {
        return adjustments.approve(id, decision == null ? null : decision.note(), identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COMP_ADMIN)
    @Operation(summary = "Reject a proposal (comp-admin)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rejected",
            value = "{\"note\": \"Duplicate of the proposal approved last week.\"}")))
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "403", description = "Caller is not comp-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such proposal", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Decided already", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ProposalView reject(@PathParam("id") UUID id, @Valid DecisionRequest decision) {
        return adjustments.reject(id, decision == null ? null : decision.note(), identity.getPrincipal().getName());
    }
}
