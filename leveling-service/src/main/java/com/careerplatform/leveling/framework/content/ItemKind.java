package com.careerplatform.leveling.framework.content;

/** What a bullet of a level says: the kinds of seed sections 2–5. */
public enum ItemKind {
    EXPECTATION,
    MUST_DO,
    DONT,
    PROOF_POINT,
    INTERVIEW_PROBE,
    COMMON_MISTAKE,
    STAFF_COMPETENCY,
    ARCHETYPE
}
