package com.careerplatform.comp.band;

import java.util.EnumSet;
import java.util.Set;

/** The company segment a band benchmarks against; each belongs to the markets the pay tables name. */
public enum Segment {
    NAVER_KAKAO(EnumSet.of(Market.KR)),
    CONGLOMERATE(EnumSet.of(Market.KR)),
    BIG_TECH(EnumSet.of(Market.US)),
    FRONTIER_LAB(EnumSet.of(Market.US)),
    UNICORN(EnumSet.of(Market.KR, Market.US)),
    EARLY_STAGE(EnumSet.of(Market.KR, Market.US)),
    REMOTE_FIRST(EnumSet.of(Market.GLOBAL_REMOTE));

    private final Set<Market> markets;

    Segment(Set<Market> markets) {
        this.markets = markets;
    }

    public boolean belongsTo(Market market) {
        return markets.contains(market);
    }
}
