package com.careerplatform.leveling.framework.content;

/** Where a track sits between shipping products and doing research (seed 6.4). */
public enum TrackSide {
    APPLIED,
    BETWEEN,
    RESEARCH
}
