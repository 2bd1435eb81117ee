package com.careerplatform.comp.band;

/** INTERNAL bands are for comp and HR admins only; PUBLISHED bands are readable by every worker. */
public enum Visibility {
    INTERNAL,
    PUBLISHED
}
