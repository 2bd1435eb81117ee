package com.careerplatform.comp.record;

/** Recorded only for the pay-transparency indicators. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
