package com.careerplatform.leveling.framework.content;

/** The interview rounds a leveling decision hears: the loop of seed 7.1, which a framework describes and hiring committees score. */
public enum RoundType {
    RECRUITER_SCREEN,
    HIRING_MANAGER,
    CODING,
    ML_LLM_FUNDAMENTALS,
    SYSTEM_DESIGN,
    BEHAVIORAL,
    BAR_RAISER
}
