package com.careerplatform.leveling.framework;

/** DRAFT versions are editable; PUBLISHED versions are immutable and readable by everyone. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED
}
