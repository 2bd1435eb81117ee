package com.careerplatform.leveling.people;

import java.time.LocalDate;

/**
 * What HR says about a person, from SCIM or a bulk import, once read and checked for shape: the record's
 * fields, the manager by employee id, and optionally a level with the day it took effect (today when
 * null). A null {@code level} leaves the person's level as it is.
 */
public record PersonWrite(String employeeId, String userName, String externalId, String displayName, String givenName,
        String familyName, String email, boolean active, String managerId, String framework, String track,
        Market market, String level, LocalDate levelEffectiveFrom) {
}
