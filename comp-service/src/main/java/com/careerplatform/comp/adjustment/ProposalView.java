package com.careerplatform.comp.adjustment;

import com.careerplatform.comp.band.CompBandView;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A proposal with the pay it starts from, the target band and the proposed pay. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalView(
        UUID id,
        String employeeId,
        String newLevel,
        LocalDate effectiveFrom,
        ProposalStatus status,
        String sourceEventId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal currentBase,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal currentTotalComp,
        CompBandView band,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal proposedBase,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal proposedTotalComp,
        String decisionNote,
        String createdBy,
        OffsetDateTime createdAt,
        String decidedBy,
        OffsetDateTime decidedAt) {
}
