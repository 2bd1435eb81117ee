package com.careerplatform.promotion.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A promotion cycle as the API shows it; the lengths are those of the {@code promotion_cycle} columns. */
public record PromotionCycleView(
        UUID id,
        @Schema(maxLength = 200) String name,
        @Schema(maxLength = 64) String frameworkSlug,
        LocalDate submissionOpens,
        LocalDate submissionCloses,
        CycleStatus status,
        boolean acceptingSubmissionsToday,
        @Schema(maxLength = 56) String etag,
        @Schema(maxLength = 200) String createdBy,
        OffsetDateTime createdAt) {

    static PromotionCycleView of(PromotionCycle cycle, LocalDate today) {
        return new PromotionCycleView(cycle.id, cycle.name, cycle.frameworkSlug, cycle.submissionOpens,
                cycle.submissionCloses, cycle.status, cycle.acceptsSubmissionsOn(today), cycle.etag(), cycle.createdBy,
                cycle.createdAt);
    }
}
