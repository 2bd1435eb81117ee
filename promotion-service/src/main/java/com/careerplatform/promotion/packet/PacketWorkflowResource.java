package com.careerplatform.promotion.packet;

import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.promotion.packet.WorkflowRequests.DecisionRequest;
import com.careerplatform.promotion.packet.WorkflowRequests.ReviewRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A packet's lifecycle: submit, endorse, review, decide, withdraw. Illegal moves are 409. */
@Path("/api/v1/promotion-packets/{id}")
@Tag(name = "Promotion packets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class PacketWorkflowResource {

    private final PacketWorkflow workflow;
    private final SecurityIdentity identity;

    PacketWorkflowResource(PacketWorkflow workflow, SecurityIdentity identity) {
        this.workflow = workflow;
        this.identity = identity;
    }

    /** A review as the committee and hr-admin read it; the lengths are those of {@code packet_review} and a review. */
    public record ReviewView(
            @Schema(maxLength = 200) String reviewer,
            Recommendation recommendation,
            @Schema(maxLength = 10000) String comments) {
    }

    @POST
    @Path("/submit")
    @Operation(summary = "Submit a DRAFT packet while its cycle takes submissions (the packet's employee)")
    @APIResponse(responseCode = "200", description = "SUBMITTED", content = @Content(schema = @Schema(implementation = PacketView.class)))
    @APIResponse(responseCode = "403", description = "Not the packet's employee", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet, or not the caller's to see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not a DRAFT, outside the cycle's window, or the people record has the"
            + " employee at another level than the packet (named in the detail)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The people record no longer has the employee, a level or a manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot answer for the people record; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PacketView submit(@PathParam("id") UUID id) {
        return PacketView.of(workflow.submit(id, identity));
    }

    @POST
    @Path("/endorse")
    @Operation(summary = "Endorse a SUBMITTED packet: it goes to review (the employee's manager in the people record)")
    @APIResponse(responseCode = "200", description = "IN_REVIEW", content = @Content(schema = @Schema(implementation = PacketView.class)))
    @APIResponse(responseCode = "403", description = "Not the employee's manager in the people record", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet, or not the caller's to see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not SUBMITTED", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot answer for the people record; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PacketView endorse(@PathParam("id") UUID id) {
        return PacketView.of(workflow.endorse(id, identity));
    }

    @POST
    @Path("/withdraw")
    @Operation(summary = "Withdraw a packet before it is decided (the packet's employee)")
    @APIResponse(responseCode = "200", description = "WITHDRAWN", content = @Content(schema = @Schema(implementation = PacketView.class)))
    @APIResponse(responseCode = "403", description = "Not the packet's employee", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet, or not the caller's to see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Decided or withdrawn already", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PacketView withdraw(@PathParam("id") UUID id) {
        return PacketView.of(workflow.withdraw(id, identity));
    }

    @PUT
    @Path("/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or change the caller's review of a packet IN_REVIEW (promotion-committee; not one's own or report's)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "promote",
            value = "{\"recommendation\": \"PROMOTE\", \"comments\": \"Three accepted RFCs and the gateway.\"}")))
    @APIResponse(responseCode = "200", description = "Reviewed", content = @Content(schema = @Schema(implementation = PacketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid review", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not on the committee, or the caller's own or report's packet",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not IN_REVIEW, or a first review when the packet has reviews from "
            + PacketReview.MAX_PER_PACKET + " members",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PacketView review(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        return PacketView.of(workflow.review(id, request, identity));
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({Roles.PROMOTION_COMMITTEE, Roles.HR_ADMIN})
    @Operation(summary = "The committee's reviews of a packet (promotion-committee, hr-admin)")
    @APIResponse(responseCode = "200", description = "The reviews")
    @APIResponse(responseCode = "403", description = "Neither committee nor hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet", content = @Content(mediaType = Problem.MEDIA_TYPE))
    // Documents the write-side limit as maxItems; an answer past it is our bug, a 500 rather than a silent overflow.
    @Size(max = PacketReview.MAX_PER_PACKET)
    public List<ReviewView> reviews(@PathParam("id") UUID id) {
        PromotionPacket packet = PacketService.visible(id, identity);
        return PacketReview.ofPacket(packet.id).stream()
                .map(review -> new ReviewView(review.reviewer, review.recommendation, review.comments))
                .toList();
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a packet IN_REVIEW: PROMOTED or NOT_YET with feedback (promotion-committee; needs the reviews)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "promoted",
            value = "{\"outcome\": \"PROMOTED\", \"feedback\": \"Clear staff-level impact across teams.\"}")))
    @APIResponse(responseCode = "200", description = "Decided; promotion.decided is recorded for delivery",
            content = @Content(schema = @Schema(implementation = PacketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid decision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not on the committee, or the caller's own or report's packet",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not IN_REVIEW, or fewer reviews than required", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PacketView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return PacketView.of(workflow.decide(id, request, identity));
    }
}
