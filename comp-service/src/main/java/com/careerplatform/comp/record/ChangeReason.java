package com.careerplatform.comp.record;

/** Why a person's pay changed. */
public enum ChangeReason {
    HIRE,
    PROMOTION,
    MERIT,
    MARKET_ADJUSTMENT,
    CORRECTION
}
