package com.careerplatform.leveling.ladder;

/** Whether a mapping edge is what its source states, or the platform's reading of the source. */
public enum Basis {
    SOURCE_STATED,
    PLATFORM_INFERRED
}
