package com.careerplatform.comp.record;

import com.careerplatform.comp.band.Market;
import com.careerplatform.comp.band.Segment;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's pay: the change in force today and the whole history, newest first. */
public record CompRecordView(String employeeId, Change current, List<Change> history) {

    /** One change; {@code sex} is shown to comp-admin only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            UUID id,
            LocalDate effectiveFrom,
            ChangeReason reason,
            String frameworkSlug,
            String level,
            Market market,
            Segment segment,
            String currency,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal base,
            BigDecimal bonusTargetPercent,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal equityAnnualValue,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalComp,
            Sex sex,
            String note,
            String createdBy) {

        static Change of(CompRecord record, boolean withSex) {
            return new Change(record.id, record.effectiveFrom, record.reason, record.frameworkSlug, record.levelCode,
                    record.market, record.segment, record.currency, record.base, record.bonusTargetPercent,
                    record.equityAnnualValue, record.totalComp(), withSex ? record.sex : null, record.note,
                    record.createdBy);
        }
    }
}
