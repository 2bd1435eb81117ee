package com.careerplatform.comp.band;

/** The labour markets bands are set for. */
public enum Market {
    KR,
    US,
    GLOBAL_REMOTE
}
