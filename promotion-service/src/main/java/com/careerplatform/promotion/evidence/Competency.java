package com.careerplatform.promotion.evidence;

/** Tanya Reilly's staff competencies (seed 4.1) that a piece of evidence shows. */
public enum Competency {
    BIG_PICTURE,
    EXECUTION,
    LEVELING_UP,
    INFLUENCE
}
