package com.careerplatform.promotion.readiness;

import com.careerplatform.kit.client.UpstreamAnswers;
import com.careerplatform.kit.problem.Problem;
import com.careerplatform.kit.security.Roles;
import com.careerplatform.promotion.evidence.EvidenceItem;
import com.careerplatform.promotion.leveling.FrameworkLevels;
import com.careerplatform.promotion.packet.PacketService;
import com.careerplatform.promotion.packet.PromotionPacket;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A packet's readiness against its target level, read from leveling-service each time. */
@Path("/api/v1/promotion-packets/{id}/readiness")
@Tag(name = "Promotion packets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER)
public class ReadinessResource {

    private final FrameworkLevels frameworkLevels;
    private final SecurityIdentity identity;

    ReadinessResource(FrameworkLevels frameworkLevels, SecurityIdentity identity) {
        this.frameworkLevels = frameworkLevels;
        this.identity = identity;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Coverage per axis, per staff competency and per rule of the target level's promotion bar, every gap"
            + " named, and the framework's hints on the kinds of evidence involved")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ReadinessReport.class)))
    @APIResponse(responseCode = "403", description = "Caller holds no platform role", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such packet, or not the caller's to see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The framework no longer has the target level", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "leveling-service cannot say what the level asks for", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ReadinessReport readiness(@PathParam("id") UUID id) {
        PromotionPacket packet = PacketService.visible(id, identity);
        FrameworkLevels.Requirements requirements = UpstreamAnswers.ask(() -> frameworkLevels.requirements(packet.frameworkSlug, packet.targetLevel),
                "Framework " + packet.frameworkSlug + " no longer has the level " + packet.targetLevel
                        + "; edit the packet's target",
                "leveling-service cannot say what " + packet.targetLevel + " asks for right now; retry shortly");
        List<FrameworkLevels.EvidenceHint> hints = UpstreamAnswers.ask(() -> frameworkLevels.evidenceHints(packet.frameworkSlug),
                "Framework " + packet.frameworkSlug + " is unknown to leveling-service",
                "leveling-service cannot give the framework's evidence hints right now; retry shortly");
        return ReadinessReport.of(requirements, hints, EvidenceItem.ofPacket(packet.id));
    }
}
