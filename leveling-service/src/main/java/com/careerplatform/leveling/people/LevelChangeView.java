package com.careerplatform.leveling.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a person's level history: the level, from when, why, from what and who recorded it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelChangeView(
        UUID id,
        @Schema(maxLength = 64) String employeeId,
        LocalDate effectiveFrom,
        @Schema(maxLength = 16) String level,
        @Schema(maxLength = 64) String frameworkSlug,
        @Schema(minimum = "1", maximum = "100000") int frameworkVersion,
        LevelChangeReason reason,
        @Schema(description = "The leveling decision (HIRED) or promotion packet (PROMOTED) behind the change", maxLength = 200)
        String sourceId,
        @Schema(maxLength = 2000) String note,
        @Schema(maxLength = 200) String recordedBy,
        OffsetDateTime recordedAt) {

    public static LevelChangeView of(LevelChange change) {
        return new LevelChangeView(change.id, change.employeeId, change.effectiveFrom, change.level, change.frameworkSlug,
                change.frameworkVersion, change.reason, change.sourceId, change.note, change.recordedBy, change.recordedAt);
    }
}
