package com.careerplatform.leveling.ladder;

/** How far a mapping edge can be trusted; when sources disagree the most confident edge wins. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH
}
