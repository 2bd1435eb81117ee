package com.careerplatform.kit.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audit entry as hr-admin reads it; before and after are the JSON states as recorded. The lengths are
 * those of the {@code audit_log} columns.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(
        @Schema(minimum = "1", maximum = "" + Long.MAX_VALUE) long id,
        OffsetDateTime occurredAt,
        @Schema(maxLength = 200) String actor,
        @Schema(maxLength = 128) String requestId,
        @Schema(maxLength = 100) String action,
        @Schema(maxLength = 100) String resourceType,
        @Schema(maxLength = 200) String resourceId,
        @Schema(type = SchemaType.OBJECT, description = "The resource before the write, as recorded") @JsonRawValue String before,
        @Schema(type = SchemaType.OBJECT, description = "The resource after the write, as recorded") @JsonRawValue String after) {
}
