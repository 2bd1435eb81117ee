package com.careerplatform.comp.record;

import com.careerplatform.comp.band.Market;
import com.careerplatform.comp.band.Segment;
import com.careerplatform.kit.paging.PageView;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's pay: the change in force today and one page of the history, newest first. */
public record CompRecordView(@Schema(maxLength = 64) String employeeId, Change current, PageView<Change> history) {

    /**
     * One change; {@code sex} is shown to comp-admin only. String bounds are the {@code comp_record}
     * columns'; the note's is the change request's.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            UUID id,
            LocalDate effectiveFrom,
            ChangeReason reason,
            @Schema(maxLength = 64) String frameworkSlug,
            @Schema(maxLength = 16) String level,
            Market market,
            Segment segment,
            @Schema(maxLength = 3) String currency,
            BigDecimal base,
            BigDecimal bonusTargetPercent,
            BigDecimal equityAnnualValue,
            BigDecimal totalComp,
            Sex sex,
            @Schema(maxLength = 2000) String note,
            @Schema(maxLength = 200) String createdBy) {

        static Change of(CompRecord record, boolean withSex) {
            return new Change(record.id, record.effectiveFrom, record.reason, record.frameworkSlug, record.levelCode,
                    record.market, record.segment, record.currency, record.base, record.bonusTargetPercent,
                    record.equityAnnualValue, record.totalComp(), withSex ? record.sex : null, record.note,
                    record.createdBy);
        }
    }
}
