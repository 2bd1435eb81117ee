package com.careerplatform.promotion.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A piece of evidence as those who see the packet read it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceView(UUID id, EvidenceKind kind, String title, String url, LocalDate happenedOn, EvidenceRole role,
        DocStatus docStatus, List<String> axes, List<Competency> competencies, String impact) {

    static EvidenceView of(EvidenceItem item) {
        return new EvidenceView(item.id, item.kind, item.title, item.url, item.happenedOn, item.role, item.docStatus,
                item.axes, item.competencies, item.impact);
    }
}
