package com.careerplatform.promotion.evidence;

import com.careerplatform.kit.idempotency.Idempotency;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A packet's evidence: RFCs, design docs, talks, incidents led, … */
@Path("/api/v1/promotion-packets/{packetId}/evidence")
@Tag(name = "Promotion packets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class EvidenceResource {

    private final EvidenceService evidence;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    EvidenceResource(EvidenceService evidence, SecurityIdentity identity, Idempotency idempotency) {
        this.idempotency = idempotency;
        this.evidence = evidence;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add evidence to a DRAFT packet (its employee or manager), at most " + EvidenceItem.MAX_PER_PACKET + " pieces")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "accepted RFC", value = """
            {"kind": "RFC", "title": "RFC-42: company-wide LLM gateway", "url": "https://wiki.example.com/rfc-42",
             "happenedOn": "2026-03-02", "role": "AUTHOR", "docStatus": "ACCEPTED",
             "axes": ["SYSTEM_DESIGN", "LEADERSHIP"], "competencies": ["BIG_PICTURE", "INFLUENCE"],
             "impact": "Twelve teams route their LLM traffic through it."}
            """)))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid evidence: not an http(s) URL, a doc status on something that is no RFC or design doc, …",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Caller sees the packet but does not write it", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet, or not the caller's to see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The packet is no DRAFT any more, or holds "
            + EvidenceItem.MAX_PER_PACKET + " pieces of evidence already",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response add(@PathParam("packetId") UUID packetId, @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull @Valid EvidenceRequest request, UriInfo uri) {
        return idempotency.execute(idempotencyKey, request, () -> evidence.checkedTarget(packetId, request, identity), target -> {
            EvidenceView added = evidence.add(packetId, request, target, identity);
            return Idempotency.Outcome.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build(), added);
        });
    }

    @GET
    @Operation(summary = "The packet's evidence, oldest first")
    @APIResponse(responseCode = "200", description = "The evidence")
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet, or not the caller's to see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    // Documents the write-side limit as maxItems; an answer past it is our bug, a 500 rather than a silent overflow.
    @Size(max = EvidenceItem.MAX_PER_PACKET)
    public List<EvidenceView> list(@PathParam("packetId") UUID packetId) {
        return evidence.list(packetId, identity);
    }

    @DELETE
    @Path("/{evidenceId}")
    @Operation(summary = "Remove evidence from a DRAFT packet (its employee or manager)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Caller sees the packet but does not write it", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet or evidence", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The packet is no DRAFT any more", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public void remove(@PathParam("packetId") UUID packetId, @PathParam("evidenceId") UUID evidenceId) {
        evidence.remove(packetId, evidenceId, identity);
    }
}
