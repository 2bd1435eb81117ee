package com.careerplatform.comp.band;

/** What the pay table says about equity beside the total-comp range ("+stock", "+significant stock"). */
public enum EquityNote {
    NONE,
    STOCK,
    SIGNIFICANT_STOCK
}
