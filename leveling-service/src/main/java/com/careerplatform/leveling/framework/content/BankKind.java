package com.careerplatform.leveling.framework.content;

/** What the entries of an interview bank are. */
public enum BankKind {
    QUESTIONS,
    ASSESSMENT_FORMATS,
    PREP_RESOURCES
}
