package com.careerplatform.promotion.evidence;

/** The person's part in a piece of evidence. */
public enum EvidenceRole {
    AUTHOR,
    CO_AUTHOR,
    LEAD,
    REVIEWER
}
