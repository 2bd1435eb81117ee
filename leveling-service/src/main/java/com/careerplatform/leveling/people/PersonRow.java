package com.careerplatform.leveling.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One person of a bulk import, as a JSON object or a CSV row with these columns. Only {@code employeeId}
 * and {@code userName} are required; {@code active} is true unless given; a {@code level} takes effect on
 * {@code levelEffectiveFrom} (the import's day unless given), in {@code framework} (ai-engineer unless
 * given).
 */
public record PersonRow(
        @NotBlank @Size(max = 64) @Pattern(regexp = PersonRow.EMPLOYEE_ID, message = PersonRow.EMPLOYEE_ID_MESSAGE) String employeeId,
        @NotBlank @Size(max = 256) String userName,
        @Size(max = 256) String externalId,
        @Size(max = 200) String displayName,
        @Size(max = 100) String givenName,
        @Size(max = 100) String familyName,
        @Size(max = 320) @Email String email,
        Boolean active,
        @Size(max = 64) @Pattern(regexp = PersonRow.EMPLOYEE_ID, message = PersonRow.EMPLOYEE_ID_MESSAGE) String managerId,
        @Size(max = 64) @Pattern(regexp = PeopleRequests.SLUG, message = PeopleRequests.SLUG_MESSAGE) String framework,
        @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be a track code such as AI_ENGINEER") String track,
        Market market,
        @Size(max = 10) @Pattern(regexp = PeopleRequests.LEVEL, message = PeopleRequests.LEVEL_MESSAGE) String level,
        LocalDate levelEffectiveFrom) {

    public static final String EMPLOYEE_ID = "[A-Za-z0-9_-]{1,64}";
    public static final String EMPLOYEE_ID_MESSAGE = "must be an employee id such as E1001";

    PersonWrite toWrite() {
        return new PersonWrite(employeeId.strip(), userName.strip(), externalId, displayName, givenName, familyName,
                email, active == null || active, managerId, framework, track, market, level, levelEffectiveFrom);
    }
}
