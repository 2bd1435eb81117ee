package com.careerplatform.comp.adjustment;

import com.careerplatform.comp.band.CompBandView;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A proposal with the pay it starts from, the target band and the proposed pay. String bounds are the
 * {@code adjustment_proposal} columns'; the decision note's is the decision request's. A person's pay is
 * comp-admin's to see: others get {@link #withoutPay()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalView(
        UUID id,
        @Schema(maxLength = 64) String employeeId,
        @Schema(maxLength = 16) String newLevel,
        LocalDate effectiveFrom,
        ProposalStatus status,
        @Schema(maxLength = 200) String sourceEventId,
        BigDecimal currentBase,
        BigDecimal currentTotalComp,
        CompBandView band,
        BigDecimal proposedBase,
        BigDecimal proposedTotalComp,
        @Schema(maxLength = 2000) String decisionNote,
        @Schema(maxLength = 200) String createdBy,
        OffsetDateTime createdAt,
        @Schema(maxLength = 200) String decidedBy,
        OffsetDateTime decidedAt) {

    /** The proposal's workflow (whom, which level, from when, its state), without any amount or band. */
    public ProposalView withoutPay() {
        return new ProposalView(id, employeeId, newLevel, effectiveFrom, status, sourceEventId, null, null, null, null, null,
                decisionNote, createdBy, createdAt, decidedBy, decidedAt);
    }
}
