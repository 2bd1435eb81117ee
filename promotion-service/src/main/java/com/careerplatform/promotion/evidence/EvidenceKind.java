package com.careerplatform.promotion.evidence;

/** What a piece of evidence is. */
public enum EvidenceKind {
    RFC,
    DESIGN_DOC,
    INCIDENT_LEAD,
    MENTORING,
    TALK,
    OPEN_SOURCE,
    BLOG_POST,
    LAUNCH,
    EVAL_HARNESS,
    OTHER
}
