package com.careerplatform.promotion.evidence;

/** Where an RFC or design doc stands. */
public enum DocStatus {
    DRAFT,
    IN_REVIEW,
    ACCEPTED,
    IMPLEMENTED,
    REJECTED
}
