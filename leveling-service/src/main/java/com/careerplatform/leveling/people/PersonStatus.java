package com.careerplatform.leveling.people;

/** Whether the person works here now (SCIM {@code active}); an inactive person keeps their record and history. */
public enum PersonStatus {
    ACTIVE, INACTIVE
}
