package com.careerplatform.leveling.framework.content;

/** How the platform uses a guide besides showing it. */
public enum GuideUse {
    /** Read as it is. */
    READING,
    /** The checklist employees assess themselves against, one answer per item. */
    SELF_CHECK,
    /** Coaching notes: what to avoid. */
    COACHING,
    /** Hints for promotion evidence, by evidence kind; never rules. */
    EVIDENCE_HINTS
}
