package com.careerplatform.promotion.packet;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.paging.PageParams;
import com.careerplatform.kit.paging.PageView;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.promotion.packet.PacketRequests.CreatePacketRequest;
import com.careerplatform.promotion.packet.PacketRequests.EditPacketRequest;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
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

/** Promotion packets: drafted by the employee (or hr-admin for them), seen only by those it concerns. */
@Path("/api/v1/promotion-packets")
@Tag(name = "Promotion packets", description = "An employee's case for the next level")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class PacketResource {

    private final PacketService packets;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    PacketResource(PacketService packets, SecurityIdentity identity, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.packets = packets;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a packet: one's own, or for anyone as hr-admin; the current level and manager come from the people record")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "staff packet", value = """
            {"cycleId": "0b6f8a7e-1c1d-4e51-9a2b-2f0f2c9f0e11", "targetLevel": "L6", "archetype": "TECH_LEAD", "narrative": "Led the company-wide LLM gateway.",
             "selfAssessment": {"SYSTEM_DESIGN": "Designed the gateway's routing and eval harness."}}
            """)))
    @APIResponse(responseCode = "201", description = "Drafted; Location names it, ETag its revision",
            content = @Content(schema = @Schema(implementation = PacketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (currentLevel and managerId are unknown fields: the record"
            + " has them); a target that is not the level above the recorded one; a missing staff archetype",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "A packet for someone else without hr-admin", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The cycle is closed, or the person has a packet in it that is not withdrawn", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The people record has no such person, no level for them, another"
            + " framework or no manager", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot check the levels or the record; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response create(@HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid CreatePacketRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () -> packets.prepare(request, identity), draft -> {
            PromotionPacket packet = packets.create(request, draft, identity);
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(packet.id.toString()).build(),
                    PacketView.of(packet)).withEtag(packet.etag());
        });
    }

    @GET
    @Operation(summary = "The packets the caller may see, newest first: own and reports' (all for the committee and hr-admin)")
    @APIResponse(responseCode = "200", description = "One page of packets; totalItems counts only those the caller may see")
    @APIResponse(responseCode = "400", description = "Bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PageView<PacketView> list(@Valid @BeanParam PageParams page) {
        return packets.list(identity, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a packet (its employee, their manager, the promotion committee, hr-admin)")
    @APIResponse(responseCode = "200", description = "The packet; ETag is what If-Match names to edit it",
            content = @Content(schema = @Schema(implementation = PacketView.class)))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet, or not the caller's to see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response find(@PathParam("id") UUID id) {
        PromotionPacket packet = packets.find(id, identity);
        return Response.ok(PacketView.of(packet)).tag(new EntityTag(packet.etag())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a DRAFT packet (its employee or manager; If-Match required)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sharper narrative", value = """
            {"targetLevel": "L6", "archetype": "ARCHITECT",
             "narrative": "Set the company-wide architecture of the LLM gateway and led its RFC.",
             "selfAssessment": {"SYSTEM_DESIGN": "Wrote and landed RFC-42, the gateway's routing design."}}
            """)))
    @APIResponse(responseCode = "200", description = "Edited, with its new ETag", content = @Content(schema = @Schema(implementation = PacketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid content, or If-Match over 200 characters", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller sees the packet but neither wrote it nor manages its employee",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet, or not the caller's to see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not a DRAFT any more", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "412", description = "If-Match names an older revision", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The people record no longer has the employee, a level or a manager",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot check the levels or the record; nothing written",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
            @NotNull @Valid EditPacketRequest request) {
        PromotionPacket packet = packets.edit(id, ifMatch, request, identity);
        return Response.ok(PacketView.of(packet)).tag(new EntityTag(packet.etag())).build();
    }
}
