package com.careerplatform.leveling.decision;

/** OPEN while the committee votes; FINAL once finalized, and immutable from then on. */
public enum DecisionStatus {
    OPEN,
    FINAL
}
