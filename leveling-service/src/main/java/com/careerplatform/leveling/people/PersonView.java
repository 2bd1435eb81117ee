package com.careerplatform.leveling.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person as the people API answers: who they are, whom they report to, and the level in force on
 * {@code asOf} (today unless asked), with the change that set it. Fields without a value are left out:
 * {@code level} and its fields while the person holds no level yet (provisioned, not yet hired).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(
        @Schema(maxLength = 64) String employeeId,
        @Schema(maxLength = 256) String userName,
        @Schema(maxLength = 256) String name,
        @Schema(maxLength = 320) String email,
        @Schema(maxLength = 64) String managerId,
        PersonStatus status,
        @Schema(maxLength = 64) String framework,
        @Schema(maxLength = 64) String track,
        Market market,
        LocalDate asOf,
        @Schema(maxLength = 16) String level,
        @Schema(minimum = "1", maximum = "100000") Integer frameworkVersion,
        @Schema(description = "The day the level took effect", maxLength = 10) LocalDate levelSince,
        LevelChangeReason levelReason) {

    public static PersonView of(Person person, LevelChange inForce, LocalDate asOf) {
        return new PersonView(person.employeeId, person.userName, person.shownName(), person.email, person.managerId,
                person.status(), person.frameworkSlug, person.track, person.market, asOf,
                inForce == null ? null : inForce.level, inForce == null ? null : inForce.frameworkVersion,
                inForce == null ? null : inForce.effectiveFrom, inForce == null ? null : inForce.reason);
    }
}
