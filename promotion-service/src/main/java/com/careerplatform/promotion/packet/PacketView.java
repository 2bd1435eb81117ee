package com.careerplatform.promotion.packet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A packet as the people who may see it read it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PacketView(
        UUID id,
        UUID cycleId,
        String employeeId,
        String managerId,
        String frameworkSlug,
        String currentLevel,
        String targetLevel,
        Archetype archetype,
        String narrative,
        Map<String, String> selfAssessment,
        PacketStatus status,
        String etag,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        String endorsedBy,
        String decidedBy,
        OffsetDateTime decidedAt,
        String decisionFeedback) {

    static PacketView of(PromotionPacket packet) {
        return new PacketView(packet.id, packet.cycleId, packet.employeeId, packet.managerId, packet.frameworkSlug,
                packet.currentLevel, packet.targetLevel, packet.archetype, packet.narrative, packet.selfAssessment,
                packet.status, packet.etag(), packet.createdBy, packet.createdAt, packet.submittedAt, packet.endorsedBy,
                packet.decidedBy, packet.decidedAt, packet.decisionFeedback);
    }
}
