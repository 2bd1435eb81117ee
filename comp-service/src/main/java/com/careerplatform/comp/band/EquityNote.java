package com.careerplatform.comp.band;

/** What the pay table says about equity and the total-comp range. */
public enum EquityNote {
    /** Nothing said. */
    NONE,
    /** Stock on top of the range ("+stock"). */
    STOCK,
    /** Significant stock on top of the range ("+significant stock", "+significant"). */
    SIGNIFICANT_STOCK,
    /** Stock included in the range ("(stock included)"). */
    INCLUDED
}
