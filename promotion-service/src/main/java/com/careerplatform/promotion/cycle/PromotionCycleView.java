package com.careerplatform.promotion.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A promotion cycle as the API shows it. */
public record PromotionCycleView(
        UUID id,
        String name,
        String frameworkSlug,
        LocalDate submissionOpens,
        LocalDate submissionCloses,
        CycleStatus status,
        boolean acceptingSubmissionsToday,
        String createdBy,
        OffsetDateTime createdAt) {

    static PromotionCycleView of(PromotionCycle cycle, LocalDate today) {
        return new PromotionCycleView(cycle.id, cycle.name, cycle.frameworkSlug, cycle.submissionOpens,
                cycle.submissionCloses, cycle.status, cycle.acceptsSubmissionsOn(today), cycle.createdBy,
                cycle.createdAt);
    }
}
