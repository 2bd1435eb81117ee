package com.careerplatform.leveling.decision;

/** The interview rounds of a typical AI Engineer loop (seed 7.1). */
public enum RoundType {
    RECRUITER_SCREEN,
    HIRING_MANAGER,
    CODING,
    ML_LLM_FUNDAMENTALS,
    SYSTEM_DESIGN,
    BEHAVIORAL,
    BAR_RAISER
}
