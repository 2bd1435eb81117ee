package com.careerplatform.promotion.packet;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A packet as the people who may see it read it. The lengths are those of the {@code promotion_packet}
 * columns, or for text columns those a request accepts; the ETag is {@code packet.<id>.r<revision>}, at
 * most 7 + 36 + 2 + 11 characters.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PacketView(
        UUID id,
        UUID cycleId,
        @Schema(maxLength = 64) String employeeId,
        @Schema(maxLength = 64) String managerId,
        @Schema(maxLength = 64) String frameworkSlug,
        @Schema(maxLength = 16) String currentLevel,
        @Schema(maxLength = 16) String targetLevel,
        Archetype archetype,
        @Schema(maxLength = 20000) String narrative,
        @Schema(maxProperties = 20) Map<String, @Size(max = 4000) String> selfAssessment,
        PacketStatus status,
        @Schema(maxLength = 56) String etag,
        @Schema(maxLength = 200) String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        @Schema(maxLength = 200) String endorsedBy,
        @Schema(maxLength = 200) String decidedBy,
        OffsetDateTime decidedAt,
        @Schema(maxLength = 10000) String decisionFeedback) {

    static PacketView of(PromotionPacket packet) {
        return new PacketView(packet.id, packet.cycleId, packet.employeeId, packet.managerId, packet.frameworkSlug,
                packet.currentLevel, packet.targetLevel, packet.archetype, packet.narrative, packet.selfAssessment,
                packet.status, packet.etag(), packet.createdBy, packet.createdAt, packet.submittedAt, packet.endorsedBy,
                packet.decidedBy, packet.decidedAt, packet.decisionFeedback);
    }
}
