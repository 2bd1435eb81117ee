package com.careerplatform.leveling.people;

/** Why a person's level changed: the only ways a level enters the record. */
public enum LevelChangeReason {
    /** The first level, from the finalized leveling decision the person was hired on. */
    HIRED,
    /** A promotion packet decided PROMOTED. */
    PROMOTED,
    /** hr-admin (or the HR system) put a wrong level right. */
    CORRECTED,
    /** Loaded from the HR system of record, for people who were here before the platform. */
    IMPORTED
}
