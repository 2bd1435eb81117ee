package com.careerplatform.kit.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/** One audit entry as hr-admin reads it; before and after are the JSON states as recorded. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String requestId,
        String action,
        String resourceType,
        String resourceId,
        @JsonRawValue String before,
        @JsonRawValue String after) {
}
