package com.careerplatform.promotion.packet;

/** A committee member's review of a packet; a recusal does not count toward a decision. */
public enum Recommendation {
    PROMOTE,
    NOT_YET,
    RECUSE
}
