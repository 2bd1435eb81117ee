package com.careerplatform.promotion.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A piece of evidence as those who see the packet read it. The lengths are those of the
 * {@code evidence_item} columns, or for JSON and text columns those an {@link EvidenceRequest} accepts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceView(UUID id, EvidenceKind kind,
        @Schema(maxLength = 300) String title,
        @Schema(maxLength = 2000) String url,
        LocalDate happenedOn, EvidenceRole role, DocStatus docStatus,
        @Schema(maxItems = 10) List<@Size(max = 64) String> axes,
        @Schema(maxItems = 4) List<Competency> competencies,
        @Schema(maxLength = 4000) String impact) {

    static EvidenceView of(EvidenceItem item) {
        return new EvidenceView(item.id, item.kind, item.title, item.url, item.happenedOn, item.role, item.docStatus,
                item.axes, item.competencies, item.impact);
    }
}
