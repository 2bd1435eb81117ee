package com.careerplatform.promotion.packet;

/** Will Larson's staff archetypes (seed 4.3), required for a target of L6 and above. */
public enum Archetype {
    TECH_LEAD,
    ARCHITECT,
    SOLVER,
    RIGHT_HAND
}
