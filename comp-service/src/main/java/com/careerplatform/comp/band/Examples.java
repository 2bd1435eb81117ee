package com.careerplatform.comp.band;

/** Example bodies for the OpenAPI document. */
final class Examples {

    static final String BAND_CHANGE = """
            {"effectiveFrom": "2026-01-01", "totalCompMin": "400000.00", "totalCompMax": "580000.00",
             "sourceLabel": "$400K-$580K", "source": "2026 market review"}
            """;

    static final String CSV = """
            frameworkSlug,levelCode,market,segment,currency,totalCompMin,totalCompMax,openEnded,equityNote,visibility,effectiveFrom,effectiveTo,sourceLabel,source
            ai-engineer,L5,US,BIG_TECH,USD,380000.00,550000.00,false,NONE,PUBLISHED,2026-01-01,,$380K-$550K,2026 review
            """;

    private Examples() {
    }
}
